using SelfHelp.Content.Helplines;
using SelfHelp.Web.Safety;

namespace SelfHelp.Web.Tests.Safety;

public sealed class SafetyContextTests
{
    private static readonly HelplineDirectory Directory = new(
        [new Region("gb", "United Kingdom"), new Region("be", "Belgium") { Languages = ["nl", "fr"] }],
        []);

    [Theory]
    [InlineData("gb", "gb", null)]
    [InlineData("GB", "gb", null)]
    [InlineData("be", "be", "nl")]
    [InlineData("be-fr", "be", "fr")]
    [InlineData("be-nl", "be", "nl")]
    public void ParseChoice_ARegionOrARegionAndOneOfItsLanguages(string choice, string region, string? language)
    {
        var parsed = SafetyContext.ParseChoice(Directory, choice);

        Assert.Equal((region, language), (parsed?.Region.Code, parsed?.Language));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zz")]
    [InlineData("gb-en")]
    [InlineData("be-de")]
    [InlineData("be-fr-x")]
    [InlineData("be-frfrfrfrfr")]
    public void ParseChoice_AnythingElse_IsNull(string? choice)
    {
        Assert.Null(SafetyContext.ParseChoice(Directory, choice));
    }

    [Fact]
    public void Choice_IsWhatParseChoiceReads()
    {
        var belgium = Directory.FindRegion("be")!;

        Assert.Equal(("be-fr", "gb"), (SafetyContext.Choice(belgium, "fr"), SafetyContext.Choice(Directory.FindRegion("gb")!, null)));
    }
}
