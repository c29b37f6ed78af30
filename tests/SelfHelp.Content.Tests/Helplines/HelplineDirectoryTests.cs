using SelfHelp.Content.Helplines;

namespace SelfHelp.Content.Tests.Helplines;

public class HelplineDirectoryTests
{
    private readonly HelplineDirectory _directory = new(
        [new Region("gb", "United Kingdom"), new Region("ie", "Ireland")],
        [
            Line("stop-it-now-uk", HelplinePurpose.OwnBehaviour, "gb"),
            Line("samaritans", HelplinePurpose.Crisis, "gb", "ie"),
            Line("emergency-gb", HelplinePurpose.Emergency, "gb"),
            Line("stop-it-now-ireland", HelplinePurpose.OwnBehaviour, "ie"),
            Line("emergency-ie", HelplinePurpose.Emergency, "ie"),
            Line("other-crisis-gb", HelplinePurpose.Crisis, "gb"),
        ]);

    [Fact]
    public void For_Region_ReturnsItsHelplinesInFileOrder()
    {
        var helplines = _directory.For("gb");

        Assert.Equal(["stop-it-now-uk", "samaritans", "emergency-gb", "other-crisis-gb"], helplines.Select(h => h.Id));
    }

    [Fact]
    public void For_HelplineServingTwoRegions_IsInBoth()
    {
        Assert.Equal(["samaritans", "stop-it-now-ireland", "emergency-ie"], _directory.For("ie").Select(h => h.Id));
    }

    [Fact]
    public void For_UpperCaseCode_FindsTheRegion()
    {
        Assert.Equal(_directory.For("gb"), _directory.For("GB"));
    }

    [Fact]
    public void For_UnknownRegion_ReturnsEmpty()
    {
        Assert.Empty(_directory.For("us"));
    }

    [Fact]
    public void First_RegionAndPurpose_ReturnsTheFirstInFileOrder()
    {
        Assert.Equal("samaritans", _directory.First("gb", HelplinePurpose.Crisis)?.Id);
        Assert.Equal("stop-it-now-ireland", _directory.First("ie", HelplinePurpose.OwnBehaviour)?.Id);
    }

    [Fact]
    public void First_NoHelplineForPurpose_ReturnsNull()
    {
        Assert.Null(_directory.First("gb", HelplinePurpose.Reporting));
        Assert.Null(_directory.First("us", HelplinePurpose.Emergency));
    }

    [Fact]
    public void FindRegion_KnownCode_ReturnsRegion()
    {
        Assert.Equal("Ireland", _directory.FindRegion("ie")?.Name);
        Assert.Equal("Ireland", _directory.FindRegion("IE")?.Name);
        Assert.Null(_directory.FindRegion("us"));
    }

    [Fact]
    public void Empty_HasNothing()
    {
        Assert.Empty(HelplineDirectory.Empty.Regions);
        Assert.Empty(HelplineDirectory.Empty.Helplines);
        Assert.Empty(HelplineDirectory.Empty.For("gb"));
        Assert.Null(HelplineDirectory.Empty.First("gb", HelplinePurpose.Emergency));
    }

    [Fact]
    public void For_Language_KeepsServicesInThatLanguageAndThoseForEveryone()
    {
        var directory = new HelplineDirectory(
            [new Region("be", "Belgium") { Languages = ["nl", "fr"] }],
            [
                Line("crisis-nl", HelplinePurpose.Crisis, "be") with { Languages = ["nl"] },
                Line("crisis-fr", HelplinePurpose.Crisis, "be") with { Languages = ["fr"] },
                Line("emergency", HelplinePurpose.Emergency, "be"),
            ],
            new Dictionary<string, string> { ["nl"] = "Dutch", ["fr"] = "French" });

        Assert.Equal(["crisis-fr", "emergency"], directory.For("be", "fr").Select(h => h.Id));
        Assert.Equal(["crisis-nl", "crisis-fr", "emergency"], directory.For("be", null).Select(h => h.Id));
        Assert.Equal("crisis-fr", directory.First("be", "fr", HelplinePurpose.Crisis)?.Id);
        Assert.Equal("crisis-nl", directory.First("be", null, HelplinePurpose.Crisis)?.Id);
        Assert.Equal(("Dutch", "xx"), (directory.LanguageName("nl"), directory.LanguageName("xx")));
    }

    private static Helpline Line(string id, HelplinePurpose purpose, params string[] regions) => new()
    {
        Id = id,
        Name = id,
        Purpose = purpose,
        Description = "For testing.",
        Phone = "116 123",
        PhoneHref = "tel:116123",
        Regions = [.. regions],
    };
}
