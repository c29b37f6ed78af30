using SelfHelp.Content.Loading;

namespace SelfHelp.Content.Tests.Loading;

public class SuggestTests
{
    private static readonly string[] Keys = ["id", "title", "summary", "order", "minutes", "intensity", "objectives", "aliases"];

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("sumary", "summary")]
    [InlineData("TITLE", "title")]
    [InlineData("objective", "objectives")]
    [InlineData("intesity", "intensity")]
    [InlineData("alias", "aliases")]
    public void Closest_Typo_SuggestsTheKey(string typo, string expected)
    {
        var suggestion = Suggest.Closest(typo, Keys);

        Assert.Equal(expected, suggestion);
    }

    [Theory]
    [InlineData("description")]
    [InlineData("author-name")]
    public void Closest_NothingClose_SuggestsNothing(string value)
    {
        var suggestion = Suggest.Closest(value, Keys);

        Assert.Null(suggestion);
    }

    [Fact]
    public void Closest_NoCandidates_SuggestsNothing()
    {
        Assert.Null(Suggest.Closest("title", []));
    }

    [Fact]
    public void Closest_Tie_SuggestsTheFirstCandidate()
    {
        Assert.Equal("tip", Suggest.Closest("tap", ["tip", "top"]));
    }
}
