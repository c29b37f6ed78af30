using SelfHelp.Content.Helplines;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Helplines;

/// <summary>The helplines the site ships with, in content/en/helplines.yml.</summary>
public class BundledHelplinesTests
{
    private readonly (HelplineDirectory Directory, IReadOnlyList<ContentProblem> Problems) _result = LoadAsOnLatestCheck();

    [Fact]
    public void Load_BundledHelplines_HasNoProblems()
    {
        Assert.True(_result.Problems.Count == 0, string.Join(Environment.NewLine, _result.Problems));
    }

    [Theory]
    [InlineData("gb")]
    [InlineData("ie")]
    [InlineData("us")]
    [InlineData("nl")]
    [InlineData("be")]
    [InlineData("de")]
    [InlineData("fi")]
    public void Load_BundledHelplines_EveryRequiredRegionHasEmergencyCrisisAndOwnBehaviourHelp(string region)
    {
        var directory = _result.Directory;

        Assert.NotNull(directory.FindRegion(region));
        Assert.NotNull(directory.First(region, HelplinePurpose.Emergency));
        Assert.NotNull(directory.First(region, HelplinePurpose.Crisis));
        Assert.NotNull(directory.First(region, HelplinePurpose.OwnBehaviour));
    }

    [Theory]
    [InlineData("gb", HelplinePurpose.OwnBehaviour, "stop-it-now-uk", "tel:+448081000900")]
    [InlineData("gb", HelplinePurpose.Crisis, "samaritans", "tel:116123")]
    [InlineData("gb", HelplinePurpose.Emergency, "emergency-gb", "tel:999")]
    [InlineData("ie", HelplinePurpose.OwnBehaviour, "stop-it-now-ireland", "tel:+441372847161")]
    [InlineData("ie", HelplinePurpose.Crisis, "samaritans", "tel:116123")]
    [InlineData("ie", HelplinePurpose.Emergency, "emergency-ie", "tel:112")]
    [InlineData("us", HelplinePurpose.OwnBehaviour, "stop-it-now-us", "tel:+18887738368")]
    [InlineData("us", HelplinePurpose.Crisis, "lifeline-988", "tel:988")]
    [InlineData("us", HelplinePurpose.Emergency, "emergency-us", "tel:911")]
    [InlineData("nl", HelplinePurpose.OwnBehaviour, "stop-it-now-nl", "tel:+318002666436")]
    [InlineData("de", HelplinePurpose.Crisis, "telefonseelsorge", "tel:+498001110111")]
    [InlineData("fi", HelplinePurpose.Crisis, "mieli-crisis", "tel:+358925250111")]
    [InlineData("fi", HelplinePurpose.Emergency, "emergency-fi", "tel:112")]
    public void First_BundledHelplines_ReturnsTheExpectedService(string region, HelplinePurpose purpose, string id, string href)
    {
        var helpline = _result.Directory.First(region, purpose);

        Assert.Equal((id, href), (helpline?.Id, helpline?.PhoneHref));
    }

    [Theory]
    [InlineData("gb", "iwf")]
    [InlineData("us", "ncmec-cybertipline")]
    public void First_BundledHelplines_HasReportingServiceWithWebsite(string region, string id)
    {
        var helpline = _result.Directory.First(region, HelplinePurpose.Reporting);

        Assert.Equal(id, helpline?.Id);
        Assert.StartsWith("https://", helpline?.Web, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BundledHelplines_WebOnlyServicesHaveNoPhone()
    {
        var germany = _result.Directory.First("de", HelplinePurpose.OwnBehaviour);

        Assert.Equal("kein-taeter-werden", germany?.Id);
        Assert.Null(germany?.Phone);
        Assert.Equal("https://kein-taeter-werden.de", germany?.Web);
        Assert.Equal("https://stoppen-is-mogelijk.eu", _result.Directory.First("be", HelplinePurpose.OwnBehaviour)?.Web);
    }

    /// <summary>
    /// Judges the file as on the day of its latest check: whether a check has since gone stale depends on the day the
    /// tests run, and is the content check's job to report, not a reason for the build to fail.
    /// </summary>
    private static (HelplineDirectory, IReadOnlyList<ContentProblem>) LoadAsOnLatestCheck()
    {
        var (directory, _) = HelplineLoader.Load(BundledContent.EnglishFolder, DateOnly.MaxValue);
        var latest = directory.Helplines.IsEmpty ? DateOnly.FromDateTime(DateTime.UtcNow) : directory.Helplines.Max(h => h.Checked);
        return HelplineLoader.Load(BundledContent.EnglishFolder, latest);
    }
}
