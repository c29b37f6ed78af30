using System.Globalization;
using SelfHelp.Content.Helplines;
using SelfHelp.Content.Validation;
using static SelfHelp.Content.Tests.Helplines.HelplineYaml;

namespace SelfHelp.Content.Tests.Helplines;

/// <summary>
/// One test per rule. Line numbers follow <see cref="HelplineYaml"/>: an entry appended to <see cref="HelplineYaml.Valid"/>
/// has id on 29, name 30, purpose 31, description 32, phone 33, regions 34, source 35, checked 36, added keys from 37.
/// </summary>
public class HelplineLoaderTests
{
    [Fact]
    public void Load_ValidFile_BuildsDirectoryInFileOrder()
    {
        var (directory, problems) = Load(Valid);

        Assert.Empty(problems);
        Assert.Equal([new Region("gb", "United Kingdom")], directory.Regions);
        Assert.Equal(["stop-it-now", "samaritans", "emergency"], directory.Helplines.Select(h => h.Id));
        var first = directory.Helplines[0];
        Assert.Equal("Name of stop-it-now", first.Name);
        Assert.Equal(HelplinePurpose.OwnBehaviour, first.Purpose);
        Assert.Equal("What stop-it-now is for.", first.Description);
        Assert.Equal("0800 123 4567", first.Phone);
        Assert.Equal(["gb"], first.Regions);
        Assert.Equal("example.org", first.Source);
        Assert.Equal(new DateOnly(2026, 11, 1), first.Checked);
        Assert.Null(first.Text);
        Assert.Null(first.Chat);
        Assert.Null(first.Web);
        Assert.Null(first.Hours);
    }

    [Fact]
    public void Load_Phone_BuildsTelLinkFromTheRegionsCallingCode()
    {
        var (directory, _) = Load(Valid);

        Assert.Equal("tel:+448001234567", directory.Helplines[0].PhoneHref);
        Assert.Equal("tel:999", directory.Helplines[2].PhoneHref);
    }

    [Fact]
    public void Load_OptionalKeys_AreRead()
    {
        var yaml = Valid + Entry("extra", "crisis", ("phone", null), ("text", "Text 988"), ("chat", "https://example.org/chat"), ("web", "https://example.org"), ("hours", "24 hours, every day"));

        var (directory, problems) = Load(yaml);

        Assert.Empty(problems);
        var extra = directory.Helplines[^1];
        Assert.Null(extra.Phone);
        Assert.Null(extra.PhoneHref);
        Assert.Equal("Text 988", extra.Text);
        Assert.Equal("https://example.org/chat", extra.Chat);
        Assert.Equal("https://example.org", extra.Web);
        Assert.Equal("24 hours, every day", extra.Hours);
    }

    [Fact]
    public void Load_MissingFile_ReportsErrorThatTheSiteNeedsHelplines()
    {
        using var content = new TempContent();

        var (directory, problems) = HelplineLoader.Load(content.Folder, Today);

        AssertOnly(problems, Severity.Error, 0, "There is no 'helplines.yml'", "cannot run without them");
        Assert.Equal(Path.Combine("en", "helplines.yml"), problems[0].Path);
        Assert.Same(HelplineDirectory.Empty, directory);
    }

    [Fact]
    public void Load_EmptyFile_ReportsError()
    {
        AssertOnly(Problems(""), Severity.Error, 0, "The helplines file is empty");
    }

    [Fact]
    public void Load_InvalidYaml_ReportsErrorWithLine()
    {
        var yaml = Valid + Entry("extra", "reporting", ("description", "Why: because"));

        AssertOnly(Problems(yaml), Severity.Error, 32, "The helplines file is not valid YAML", "double quotes");
    }

    [Fact]
    public void Load_UnknownKey_ReportsErrorWithSuggestion()
    {
        var yaml = Valid + Entry("extra", "reporting", ("phon", "0800 123 4567"));

        AssertOnly(Problems(yaml), Severity.Error, 37, "Unknown key 'phon' in the helpline", "Did you mean 'phone'?");
    }

    [Fact]
    public void Load_UnknownTopLevelKey_ReportsErrorWithSuggestion()
    {
        var yaml = Valid + "helpline: []\n";

        AssertOnly(Problems(yaml), Severity.Error, 29, "Unknown key 'helpline' in the helplines file", "Did you mean 'helplines'?");
    }

    [Fact]
    public void Load_UnknownRegionKey_ReportsErrorWithSuggestion()
    {
        var yaml = Valid.Replace("    name: United Kingdom\n", "    naem: United Kingdom\n", StringComparison.Ordinal);

        var problems = Problems(yaml);

        // The region then also has no 'name', reported on its first line.
        Assert.Equal([(2, "The region has no 'name'."), (3, "Unknown key 'naem' in the region.")], problems.Select(p => (p.Line, p.Message)));
        Assert.Contains("Did you mean 'name'?", problems[1].Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("purpose")]
    [InlineData("description")]
    [InlineData("regions")]
    [InlineData("source")]
    [InlineData("checked")]
    public void Load_MissingRequiredKey_ReportsError(string key)
    {
        var yaml = Valid + Entry("extra", "reporting", (key, null));

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Error, 29, $"The helpline has no '{key}'");
        Assert.Equal(3, directory.Helplines.Length);
    }

    [Fact]
    public void Load_NoPhoneWebOrChat_ReportsError()
    {
        var yaml = Valid + Entry("extra", "reporting", ("phone", null), ("text", "Text 123"));

        AssertOnly(Problems(yaml), Severity.Error, 29, "The helpline has no 'phone', 'web' or 'chat'");
    }

    [Fact]
    public void Load_DuplicateId_ReportsErrorNamingTheFirstLine()
    {
        var yaml = Valid + Entry("samaritans", "reporting");

        AssertOnly(Problems(yaml), Severity.Error, 29, "The helpline id 'samaritans' is already used on line 13");
    }

    [Fact]
    public void Load_InvalidId_ReportsErrorWithHint()
    {
        var yaml = Valid + Entry("Extra_Line", "reporting");

        AssertOnly(Problems(yaml), Severity.Error, 29, "The helpline id 'Extra_Line' is not valid", "lower-case letters");
    }

    [Fact]
    public void Load_UnknownPurpose_ReportsErrorWithHint()
    {
        var yaml = Valid + Entry("extra", "own-behavior");

        AssertOnly(Problems(yaml), Severity.Error, 31, "Unknown purpose 'own-behavior'", "Did you mean 'own-behaviour'?");
    }

    [Fact]
    public void Load_UndeclaredRegion_ReportsErrorListingTheRegions()
    {
        var yaml = Valid + Entry("extra", "reporting", ("regions", "[gb, ie]"));

        AssertOnly(Problems(yaml), Severity.Error, 34, "Unknown region 'ie'", "Listed regions: gb.");
    }

    [Fact]
    public void Load_HelplineRegionNotTwoLowerCaseLetters_ReportsErrorWithSuggestion()
    {
        var yaml = Valid + Entry("extra", "reporting", ("regions", "[GB]"));

        AssertOnly(Problems(yaml), Severity.Error, 34, "The region code 'GB' is not two lower-case letters", "Did you mean 'gb'?");
    }

    [Fact]
    public void Load_DeclaredRegionNotTwoLowerCaseLetters_ReportsError()
    {
        var yaml = Valid.Replace("helplines:\n", "  - code: gbr\n    name: Great Britain\nhelplines:\n", StringComparison.Ordinal);

        AssertOnly(Problems(yaml), Severity.Error, 4, "The region code 'gbr' is not two lower-case letters", "two lower-case letters (ISO 3166-1)");
    }

    [Fact]
    public void Load_DuplicateRegion_ReportsErrorNamingTheFirstLine()
    {
        var yaml = Valid.Replace("helplines:\n", "  - code: gb\n    name: Britain\nhelplines:\n", StringComparison.Ordinal);

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Error, 4, "The region 'gb' is already listed on line 2");
        Assert.Equal("United Kingdom", Assert.Single(directory.Regions).Name);
    }

    [Fact]
    public void Load_RegionListedTwiceForOneHelpline_WarnsAndKeepsIt()
    {
        var yaml = Valid + Entry("extra", "reporting", ("regions", "[gb, gb]"));

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Warning, 34, "The region 'gb' is listed twice for this helpline");
        Assert.Equal(["gb"], directory.Helplines[^1].Regions);
    }

    [Theory]
    [InlineData("call 999")]
    [InlineData("12")]
    [InlineData("123456789012345678901")]
    [InlineData("44+ 20 7946 0000")]
    [InlineData("0800 123 4567 ext 2")]
    [InlineData("0800.123.4567")]
    public void Load_ImplausiblePhone_ReportsErrorWithHint(string phone)
    {
        var yaml = Valid + Entry("extra", "reporting", ("phone", $"\"{phone}\""));

        AssertOnly(Problems(yaml), Severity.Error, 33, $"'{phone}' is not a phone number", "digits, spaces, '+', '-' and brackets only");
    }

    [Theory]
    [InlineData("+44 (0)20 7946 0000")]
    [InlineData("(020) 7946-0000")]
    [InlineData("116 123")]
    [InlineData("112")]
    public void Load_PlausiblePhone_IsAccepted(string phone)
    {
        var yaml = Valid + Entry("extra", "reporting", ("phone", $"\"{phone}\""));

        Assert.Empty(Problems(yaml));
    }

    [Theory]
    [InlineData("web", "http://example.org")]
    [InlineData("web", "www.example.org")]
    [InlineData("web", "javascript:alert(1)")]
    [InlineData("web", "https://")]
    [InlineData("chat", "http://example.org/chat")]
    [InlineData("chat", "/chat")]
    public void Load_AddressNotHttps_ReportsErrorWithHint(string key, string address)
    {
        var yaml = Valid + Entry("extra", "reporting", (key, $"\"{address}\""));

        AssertOnly(Problems(yaml), Severity.Error, 37, $"'{key}' must be a full https:// address, not '{address}'", "starting with 'https://'");
    }

    [Theory]
    [InlineData("23/11/2026")]
    [InlineData("2026-02-30")]
    [InlineData("last week")]
    public void Load_CheckedNotADate_ReportsErrorWithHint(string date)
    {
        var yaml = Valid + Entry("extra", "reporting", ("checked", date));

        AssertOnly(Problems(yaml), Severity.Error, 36, $"'checked' must be a date written as YYYY-MM-DD, not '{date}'", "checked: 2026-11-23");
    }

    [Fact]
    public void Load_CheckedInTheFuture_ReportsError()
    {
        var yaml = Valid + Entry("extra", "reporting", ("checked", "2026-11-24"));

        AssertOnly(Problems(yaml), Severity.Error, 36, "The checked date 2026-11-24 is in the future", "2026-11-23");
    }

    [Fact]
    public void Load_CheckedToday_IsAccepted()
    {
        var yaml = Valid + Entry("extra", "reporting", ("checked", "2026-11-23"));

        Assert.Empty(Problems(yaml));
    }

    [Fact]
    public void Load_CheckedMoreThan180DaysAgo_Warns()
    {
        var date = Today.AddDays(-181).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yaml = Valid + Entry("extra", "reporting", ("checked", date));

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Warning, 36, $"last checked on {date}, more than 180 days ago", "check the number still works and update 'checked'");
        Assert.Equal(4, directory.Helplines.Length);
    }

    [Fact]
    public void Load_CheckedExactly180DaysAgo_IsAccepted()
    {
        var yaml = Valid + Entry("extra", "reporting", ("checked", Today.AddDays(-180).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        Assert.Empty(Problems(yaml));
    }

    [Fact]
    public void Load_RegionWithoutEmergencyHelpline_ReportsError()
    {
        var yaml = Header + Entry("stop-it-now", "own-behaviour") + Entry("samaritans", "crisis");

        AssertOnly(Problems(yaml), Severity.Error, 2, "The region 'gb' (United Kingdom) has no emergency helpline", "purpose: emergency");
    }

    [Fact]
    public void Load_RegionWithoutCrisisHelpline_ReportsError()
    {
        var yaml = Header + Entry("stop-it-now", "own-behaviour") + Entry("emergency", "emergency");

        AssertOnly(Problems(yaml), Severity.Error, 2, "The region 'gb' (United Kingdom) has no crisis helpline", "purpose: crisis");
    }

    [Fact]
    public void Load_RegionWithoutOwnBehaviourHelpline_Warns()
    {
        var yaml = Header + Entry("samaritans", "crisis") + Entry("emergency", "emergency");

        AssertOnly(Problems(yaml), Severity.Warning, 2, "The region 'gb' (United Kingdom) has no own-behaviour helpline", "purpose: own-behaviour");
    }

    [Fact]
    public void Load_EmergencyHelplineWithAnotherError_IsNotAlsoReportedAsMissing()
    {
        var yaml = Header + Entry("stop-it-now", "own-behaviour") + Entry("samaritans", "crisis") + Entry("emergency", "emergency", ("phone", "nine nine nine"));

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Error, 25, "'nine nine nine' is not a phone number");
        Assert.Null(directory.First("gb", HelplinePurpose.Emergency));
    }

    [Fact]
    public void Load_NoRegions_ReportsError()
    {
        AssertOnly(Problems("regions: []\nhelplines: []\n"), Severity.Error, 1, "The helplines file lists no regions");
    }

    [Fact]
    public void Load_NoHelplinesKey_ReportsError()
    {
        var problems = Problems(Header.Replace("helplines:\n", "", StringComparison.Ordinal));

        Assert.Equal((1, "The helplines file has no 'helplines'."), (problems[0].Line, problems[0].Message));
    }

    [Fact]
    public void Load_SeveralProblems_AreInLineOrder()
    {
        var yaml = Valid + Entry("Bad_Id", "nothing", ("phone", "x"), ("checked", "soon"));

        var problems = Problems(yaml);

        Assert.Equal([29, 31, 33, 36], problems.Select(p => p.Line));
    }

    [Theory]
    [InlineData("regions: text\nhelplines: text\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("regions:\n  - just text\nhelplines:\n  - 42\n")]
    [InlineData("regions:\n  - code: [gb]\n    name: {a: b}\nhelplines:\n  - id: x\n    regions: {gb: 1}\n")]
    [InlineData("helplines:\n  - id: [\n")]
    [InlineData("regions: *nothing\n")]
    [InlineData("\0\0\0")]
    public void Load_OddFile_ReportsErrorsWithoutThrowing(string yaml)
    {
        var problems = Problems(yaml);

        Assert.Contains(problems, p => p.Severity == Severity.Error);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Hint)));
    }

    [Fact]
    public void Load_DeeplyNestedYaml_ReportsErrorWithoutThrowing()
    {
        var problems = Problems("regions: " + new string('[', 100_000) + "\n");

        Assert.Contains("too many levels", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    private static (HelplineDirectory Directory, IReadOnlyList<ContentProblem> Problems) Load(string yaml)
    {
        using var content = Write(yaml);
        return HelplineLoader.Load(content.Folder, Today);
    }

    private static IReadOnlyList<ContentProblem> Problems(string yaml) => Load(yaml).Problems;

    private static void AssertOnly(IReadOnlyList<ContentProblem> problems, Severity severity, int line, string message, string? hint = null)
    {
        Assert.True(problems.Count == 1, $"Expected one problem, got {problems.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        var problem = problems[0];
        Assert.Equal((severity, line), (problem.Severity, problem.Line));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.Hint));
        if (hint is not null)
        {
            Assert.Contains(hint, problem.Hint, StringComparison.Ordinal);
        }
    }
}
