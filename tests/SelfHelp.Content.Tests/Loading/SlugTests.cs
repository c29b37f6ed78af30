using SelfHelp.Content.Loading;

namespace SelfHelp.Content.Tests.Loading;

public class SlugTests
{
    [Theory]
    [InlineData("Why it matters", "why-it-matters")]
    [InlineData("Step 2: Make a plan", "step-2-make-a-plan")]
    [InlineData("  --Hello, World!--  ", "hello-world")]
    [InlineData("Café crème", "cafe-creme")]
    [InlineData("ÅNGSTRÖM", "angstrom")]
    [InlineData("What’s next?", "what-s-next")]
    [InlineData("???", "step")]
    [InlineData("", "step")]
    public void From_Title_GivesLowerCaseAsciiWordsJoinedByDashes(string title, string expected)
    {
        var slug = Slug.From(title);

        Assert.Equal(expected, slug);
    }

    [Theory]
    [InlineData("why-change")]
    [InlineData("a")]
    [InlineData("module-2")]
    [InlineData("123")]
    public void IsValidId_LowerCaseDigitsAndSingleDashes_IsTrue(string id)
    {
        Assert.True(Slug.IsValidId(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Why-change")]
    [InlineData("why_change")]
    [InlineData("why change")]
    [InlineData("-why")]
    [InlineData("why-")]
    [InlineData("why--change")]
    [InlineData("café")]
    public void IsValidId_AnythingElse_IsFalse(string id)
    {
        Assert.False(Slug.IsValidId(id));
    }

    [Fact]
    public void IsValidId_LongerThanSixtyCharacters_IsFalse()
    {
        Assert.True(Slug.IsValidId(new string('a', 60)));
        Assert.False(Slug.IsValidId(new string('a', 61)));
    }
}
