using SelfHelp.Content.Catalogue;

namespace SelfHelp.Content.Tests.Catalogue;

public class ExerciseCodeTests
{
    [Theory]
    [InlineData("7.2", "72")]
    [InlineData("7-2", "72")]
    [InlineData(" 7 2 ", "72")]
    [InlineData("72", "72")]
    [InlineData("r3", "R3")]
    [InlineData("R-3.a", "R3A")]
    [InlineData("7/2", "72")]
    [InlineData("é1", "1")]
    [InlineData("", "")]
    public void Normalize_Code_KeepsLettersAndDigitsInUpperCase(string code, string expected)
    {
        var normalized = ExerciseCode.Normalize(code);

        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void Normalize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ExerciseCode.Normalize(null!));
    }

    [Theory]
    [InlineData("2.1")]
    [InlineData("R3")]
    [InlineData("7-2")]
    [InlineData("a")]
    [InlineData("1.2.3-b")]
    [InlineData("123456789012")]
    public void IsWellFormed_LettersDigitsDotsAndDashes_IsTrue(string code)
    {
        Assert.True(ExerciseCode.IsWellFormed(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".1")]
    [InlineData("-1")]
    [InlineData("7/2")]
    [InlineData("7 2")]
    [InlineData("é1")]
    [InlineData("1234567890123")]
    public void IsWellFormed_OtherCharactersOrTooLong_IsFalse(string code)
    {
        Assert.False(ExerciseCode.IsWellFormed(code));
    }
}
