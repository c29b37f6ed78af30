using SelfHelp.Content.Helplines;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Helplines;

/// <summary>The helplines the site ships with, in content/en/helplines.yml.</summary>
public class BundledHelplinesTests
{
    private readonly (HelplineDirectory Directory, IReadOnlyList<ContentProblem> Problems) _result = LoadAsOnLatestCheck();

    [Fact]
    public void Load_BundledHelplines_HasNoErrors()
    {
        Assert.True(!_result.Problems.Any(p => p.Severity == Severity.Error), string.Join(Environment.NewLine, _result.Problems));
    }

    /// <summary>
    /// The warnings are the honest list of what the research could not confirm; this pins it, so that a new gap is
    /// noticed and a closed one is removed from docs/safety.md too.
    /// </summary>
    [Fact]
    public void Load_BundledHelplines_WarnsOnlyAboutKnownGaps()
    {
        var warnings = _result.Problems.Where(p => p.Severity == Severity.Warning).Select(p => p.Message).Order(StringComparer.Ordinal).ToList();

        Assert.All(warnings, w => Assert.Matches("^(The helpline '[a-z0-9-]+' has no opening hours\\.|Nothing about '[a-z0-9-]+' has been verified on the service's own page\\.)$", w));
        Assert.Equal(
            ["iwf", "kein-taeter-werden", "ncmec-cybertipline", "seos", "stop-it-now-nl", "stop-it-now-us"],
            IdsIn(warnings, "has no opening hours"));
        Assert.Equal(
            ["emergency-be", "emergency-de", "emergency-fi", "emergency-nl", "emergency-us", "iwf", "lifeline-988", "ncmec-cybertipline", "seos", "stop-it-now-flanders", "stop-it-now-nl", "zelfmoordlijn-1813"],
            IdsIn(warnings, "has been verified"));
    }

    [Theory]
    [InlineData("gb")]
    [InlineData("ie")]
    [InlineData("us")]
    [InlineData("nl")]
    [InlineData("be")]
    [InlineData("de")]
    [InlineData("fi")]
    public void Load_BundledHelplines_EveryRegionHasEmergencyCrisisAndOwnBehaviourHelpWithATimeZone(string region)
    {
        var directory = _result.Directory;

        Assert.NotEqual(TimeZoneInfo.Utc, directory.FindRegion(region)?.TimeZone);
        Assert.NotNull(directory.First(region, HelplinePurpose.Emergency));
        Assert.NotNull(directory.First(region, HelplinePurpose.Crisis));
        Assert.NotNull(directory.First(region, HelplinePurpose.OwnBehaviour));
    }

    [Theory]
    [InlineData("gb", null, HelplinePurpose.OwnBehaviour, "stop-it-now-uk", "tel:+448081000900")]
    [InlineData("gb", null, HelplinePurpose.Crisis, "samaritans", "tel:116123")]
    [InlineData("gb", null, HelplinePurpose.Emergency, "emergency-gb", "tel:999")]
    [InlineData("ie", null, HelplinePurpose.OwnBehaviour, "stop-it-now-ireland", "tel:+441372847161")]
    [InlineData("ie", null, HelplinePurpose.Crisis, "samaritans-ireland", "tel:116123")]
    [InlineData("ie", null, HelplinePurpose.Emergency, "emergency-ie", "tel:112")]
    [InlineData("us", null, HelplinePurpose.OwnBehaviour, "stop-it-now-us", "tel:+18887738368")]
    [InlineData("us", null, HelplinePurpose.Crisis, "lifeline-988", "tel:988")]
    [InlineData("us", null, HelplinePurpose.Emergency, "emergency-us", "tel:911")]
    [InlineData("nl", null, HelplinePurpose.OwnBehaviour, "stop-it-now-nl", "tel:+318002666436")]
    [InlineData("nl", null, HelplinePurpose.Crisis, "crisis-nl", "tel:+318000113")]
    [InlineData("be", "nl", HelplinePurpose.OwnBehaviour, "stop-it-now-flanders", "tel:+3280020050")]
    [InlineData("be", "nl", HelplinePurpose.Crisis, "zelfmoordlijn-1813", "tel:1813")]
    [InlineData("be", "fr", HelplinePurpose.OwnBehaviour, "stop-it-now-bruxelles", "tel:+3280014112")]
    [InlineData("be", "fr", HelplinePurpose.Crisis, "crisis-be-fr", "tel:+3280032123")]
    [InlineData("be", "fr", HelplinePurpose.Emergency, "emergency-be", "tel:112")]
    [InlineData("de", null, HelplinePurpose.Crisis, "telefonseelsorge", "tel:+498001110111")]
    [InlineData("fi", null, HelplinePurpose.Crisis, "mieli-crisis", "tel:+358925250111")]
    [InlineData("fi", null, HelplinePurpose.Emergency, "emergency-fi", "tel:112")]
    public void First_BundledHelplines_ReturnsTheExpectedService(string region, string? language, HelplinePurpose purpose, string id, string href)
    {
        var helpline = _result.Directory.First(region, language, purpose);

        Assert.Equal((id, href), (helpline?.Id, helpline?.PhoneHref));
    }

    [Fact]
    public void Load_BundledHelplines_NoCrisisLineIsThePlaceholderEmergencyNumber()
    {
        Assert.All(_result.Directory.Helplines.Where(h => h.Purpose == HelplinePurpose.Crisis), h => Assert.NotEqual("112", h.Phone));
    }

    [Fact]
    public void Load_BundledHelplines_EveryServiceSaysWhatItPassesOnAndHasASource()
    {
        var people = _result.Directory.Helplines.Where(h => h.Purpose is HelplinePurpose.OwnBehaviour or HelplinePurpose.Crisis);

        Assert.All(people, h => Assert.False(string.IsNullOrWhiteSpace(h.Confidentiality), h.Id));
        Assert.All(_result.Directory.Helplines, h => Assert.NotEmpty(h.Sources));
    }

    [Fact]
    public void Load_BundledHelplines_ChatsOnOutsidePlatformsSaySo()
    {
        Assert.Equal("Facebook, Messenger, Instagram and LinkedIn", _result.Directory.Helplines.Single(h => h.Id == "stop-it-now-bruxelles").ChatPlatform);
        Assert.Equal("the Session app", _result.Directory.Helplines.Single(h => h.Id == "redirection").ChatPlatform);
    }

    [Theory]
    [InlineData("gb", "reporting", "iwf")]
    [InlineData("us", "reporting", "ncmec-cybertipline")]
    public void First_BundledHelplines_HasReportingServiceWithWebsite(string region, string purpose, string id)
    {
        var helpline = _result.Directory.First(region, Enum.Parse<HelplinePurpose>(purpose, ignoreCase: true));

        Assert.Equal(id, helpline?.Id);
        Assert.StartsWith("https://", helpline?.Web, StringComparison.Ordinal);
    }

    private static List<string> IdsIn(List<string> warnings, string containing) =>
        [.. warnings.Where(w => w.Contains(containing, StringComparison.Ordinal)).Select(w => w.Split('\'')[1]).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Judges the file as on the day of its latest check: whether a check has since gone stale depends on the day the
    /// tests run, and is the content check's job to report, not a reason for the build to fail.
    /// </summary>
    private static (HelplineDirectory, IReadOnlyList<ContentProblem>) LoadAsOnLatestCheck()
    {
        var (directory, _) = HelplineLoader.Load(BundledContent.EnglishFolder, DateOnly.MaxValue);
        var latest = directory.Helplines.Select(h => h.Verified).Max() ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return HelplineLoader.Load(BundledContent.EnglishFolder, latest);
    }
}
