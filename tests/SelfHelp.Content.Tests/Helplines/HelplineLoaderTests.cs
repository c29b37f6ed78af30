using System.Globalization;
using SelfHelp.Content.Helplines;
using SelfHelp.Content.Validation;
using static SelfHelp.Content.Tests.Helplines.HelplineYaml;

namespace SelfHelp.Content.Tests.Helplines;

/// <summary>
/// One test per rule. Line numbers follow <see cref="HelplineYaml"/>: an entry appended to <see cref="HelplineYaml.Valid"/>
/// has id on 30, name 31, purpose 32, description 33, phone 34, regions 35, hours 36, sources 37, added keys from 38.
/// </summary>
public class HelplineLoaderTests
{
    [Fact]
    public void Load_ValidFile_BuildsDirectoryInFileOrder()
    {
        var (directory, problems) = Load(Valid);

        Assert.Empty(problems);
        Assert.Equal([new Region("gb", "United Kingdom") { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London") }], directory.Regions);
        Assert.Equal(["stop-it-now", "samaritans", "emergency"], directory.Helplines.Select(h => h.Id));
        var first = directory.Helplines[0];
        Assert.Equal("Name of stop-it-now", first.Name);
        Assert.Equal(HelplinePurpose.OwnBehaviour, first.Purpose);
        Assert.Equal("What stop-it-now is for.", first.Description);
        Assert.Equal("0800 123 4567", first.Phone);
        Assert.Equal(["gb"], first.Regions);
        var source = Assert.Single(first.Sources);
        Assert.Equal(("https://example.org/help", new DateOnly(2026, 11, 1), true, null), (source.Url, source.Verified, source.IsOwnPage, source.Note));
        Assert.Equal(["phone", "hours"], source.Facts);
        Assert.Equal(new DateOnly(2026, 11, 1), first.Verified);
        Assert.True(first.HoursVerified);
        Assert.True(first.Hours.IsAlways);
        Assert.Null(first.Text);
        Assert.Null(first.Chat);
        Assert.Null(first.Email);
        Assert.Null(first.Web);
        Assert.Empty(first.Languages);
        Assert.Null(first.Confidentiality);
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
        var yaml = "languages:\n  en: English\n" + Valid + Entry("extra", "crisis", ("phone", null), ("text", "Text 988"), ("chat", "https://example.org/chat"),
            ("chat-platform", "Messenger"), ("email", "jo@example.org"), ("web", "https://example.org"), ("languages", "[en]"), ("confidentiality", "They pass on a child at risk."),
            ("sources", Sources("[text, chat, email, web, languages, hours, confidentiality]", own: null, url: "https://www.example.org/contact")));

        var (directory, problems) = Load(yaml);

        Assert.Empty(problems);
        var extra = directory.Helplines[^1];
        Assert.Null(extra.Phone);
        Assert.Null(extra.PhoneHref);
        Assert.Equal("Text 988", extra.Text);
        Assert.Equal("https://example.org/chat", extra.Chat);
        Assert.Equal("Messenger", extra.ChatPlatform);
        Assert.Equal(("jo@example.org", "mailto:jo@example.org"), (extra.Email, extra.EmailHref));
        Assert.Equal("https://example.org", extra.Web);
        Assert.Equal(["en"], extra.Languages);
        Assert.Equal("They pass on a child at risk.", extra.Confidentiality);
        Assert.True(extra.Sources[0].IsOwnPage);
        Assert.Equal(new DateOnly(2026, 11, 1), extra.Verified);
        Assert.Equal("English", directory.LanguageName("en"));
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

        AssertOnly(Problems(yaml), Severity.Error, 33, "The helplines file is not valid YAML", "double quotes");
    }

    [Fact]
    public void Load_UnknownKey_ReportsErrorWithSuggestion()
    {
        var yaml = Valid + Entry("extra", "reporting", ("phon", "0800 123 4567"));

        AssertOnly(Problems(yaml), Severity.Error, 38, "Unknown key 'phon' in the helpline", "Did you mean 'phone'?");
    }

    [Fact]
    public void Load_UnknownTopLevelKey_ReportsErrorWithSuggestion()
    {
        var yaml = Valid + "helpline: []\n";

        AssertOnly(Problems(yaml), Severity.Error, 30, "Unknown key 'helpline' in the helplines file", "Did you mean 'helplines'?");
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
    [InlineData("sources")]
    public void Load_MissingRequiredKey_ReportsError(string key)
    {
        var yaml = Valid + Entry("extra", "reporting", (key, null));

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Error, 30, $"The helpline has no '{key}'");
        Assert.Equal(3, directory.Helplines.Length);
    }

    [Fact]
    public void Load_NoPhoneWebOrChat_ReportsError()
    {
        var yaml = Valid + Entry("extra", "reporting", ("phone", null), ("text", "Text 123"), ("sources", Sources("[text, hours]")));

        AssertOnly(Problems(yaml), Severity.Error, 30, "The helpline has no 'phone', 'web', 'chat' or 'email'");
    }

    [Fact]
    public void Load_DuplicateId_ReportsErrorNamingTheFirstLine()
    {
        var yaml = Valid + Entry("samaritans", "reporting");

        AssertOnly(Problems(yaml), Severity.Error, 30, "The helpline id 'samaritans' is already used on line 14");
    }

    [Fact]
    public void Load_InvalidId_ReportsErrorWithHint()
    {
        var yaml = Valid + Entry("Extra_Line", "reporting");

        AssertOnly(Problems(yaml), Severity.Error, 30, "The helpline id 'Extra_Line' is not valid", "lower-case letters");
    }

    [Fact]
    public void Load_UnknownPurpose_ReportsErrorWithHint()
    {
        var yaml = Valid + Entry("extra", "own-behavior");

        AssertOnly(Problems(yaml), Severity.Error, 32, "Unknown purpose 'own-behavior'", "Did you mean 'own-behaviour'?");
    }

    [Fact]
    public void Load_UndeclaredRegion_ReportsErrorListingTheRegions()
    {
        var yaml = Valid + Entry("extra", "reporting", ("regions", "[gb, ie]"));

        AssertOnly(Problems(yaml), Severity.Error, 35, "Unknown region 'ie'", "Listed regions: gb.");
    }

    [Fact]
    public void Load_HelplineRegionNotTwoLowerCaseLetters_ReportsErrorWithSuggestion()
    {
        var yaml = Valid + Entry("extra", "reporting", ("regions", "[GB]"));

        AssertOnly(Problems(yaml), Severity.Error, 35, "The region code 'GB' is not two lower-case letters", "Did you mean 'gb'?");
    }

    [Fact]
    public void Load_DeclaredRegionNotTwoLowerCaseLetters_ReportsError()
    {
        var yaml = Valid.Replace("helplines:\n", "  - code: gbr\n    name: Great Britain\n    time-zone: Europe/London\nhelplines:\n", StringComparison.Ordinal);

        AssertOnly(Problems(yaml), Severity.Error, 5, "The region code 'gbr' is not two lower-case letters", "two lower-case letters (ISO 3166-1)");
    }

    [Fact]
    public void Load_DuplicateRegion_ReportsErrorNamingTheFirstLine()
    {
        var yaml = Valid.Replace("helplines:\n", "  - code: gb\n    name: Britain\n    time-zone: Europe/London\nhelplines:\n", StringComparison.Ordinal);

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Error, 5, "The region 'gb' is already listed on line 2");
        Assert.Equal("United Kingdom", Assert.Single(directory.Regions).Name);
    }

    [Fact]
    public void Load_RegionListedTwiceForOneHelpline_WarnsAndKeepsIt()
    {
        var yaml = Valid + Entry("extra", "reporting", ("regions", "[gb, gb]"));

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Warning, 35, "The region 'gb' is listed twice for this helpline");
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

        AssertOnly(Problems(yaml), Severity.Error, 34, $"'{phone}' is not a phone number", "digits, spaces, '+', '-' and brackets only");
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

        AssertOnly(Problems(yaml), Severity.Error, 38, $"'{key}' must be a full https:// address, not '{address}'", "starting with 'https://'");
    }

    [Theory]
    [InlineData("23/11/2026")]
    [InlineData("2026-02-30")]
    [InlineData("last week")]
    public void Load_VerifiedNotADate_ReportsErrorWithHint(string date)
    {
        var yaml = Valid + Entry("extra", "reporting", ("sources", Sources(verified: $"\"{date}\"")));

        AssertOnly(Problems(yaml), Severity.Error, 37, $"'verified' must be a date written as YYYY-MM-DD, not '{date}'", "verified: 2026-12-01");
    }

    [Fact]
    public void Load_VerifiedInTheFuture_ReportsError()
    {
        var yaml = Valid + Entry("extra", "reporting", ("sources", Sources(verified: "2026-11-24")));

        AssertOnly(Problems(yaml), Severity.Error, 37, "The verified date 2026-11-24 is in the future", "2026-11-23");
    }

    [Fact]
    public void Load_VerifiedToday_IsAccepted()
    {
        Assert.Empty(Problems(Valid + Entry("extra", "reporting", ("sources", Sources(verified: "2026-11-23")))));
    }

    [Fact]
    public void Load_VerifiedMoreThan180DaysAgo_Warns()
    {
        var date = Today.AddDays(-181).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yaml = Valid + Entry("extra", "reporting", ("sources", Sources(verified: date)));

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Warning, 37, $"verified on {date}, more than 180 days ago", "update 'verified'");
        Assert.Equal(4, directory.Helplines.Length);
    }

    [Fact]
    public void Load_VerifiedExactly180DaysAgo_IsAccepted()
    {
        var yaml = Valid + Entry("extra", "reporting", ("sources", Sources(verified: Today.AddDays(-180).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

        Assert.Empty(Problems(yaml));
    }

    [Fact]
    public void Load_NothingVerified_WarnsNamingTheHelpline()
    {
        var yaml = Valid + Entry("extra", "reporting", ("sources", Sources(verified: null)));

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Warning, 37, "Nothing about 'extra' has been verified on the service's own page", "add 'verified");
        Assert.Null(directory.Helplines[^1].Verified);
        Assert.False(directory.Helplines[^1].HoursVerified);
    }

    [Fact]
    public void Load_VerifiedOnSomeoneElsesPage_Warns()
    {
        var yaml = Valid + Entry("extra", "reporting", ("web", "https://example.org"), ("sources", Sources("[phone, hours, web]", own: null, url: "https://news.example.com/story")));

        var (directory, problems) = Load(yaml);

        Assert.Equal(
            [(37, "'verified' is given for 'https://news.example.com/story', which is not the service's own page."), (37, "Nothing about 'extra' has been verified on the service's own page.")],
            problems.Select(p => (p.Line, p.Message)));
        Assert.Null(directory.Helplines[^1].Verified);
    }

    [Theory]
    [InlineData("https://example.org/contact")]
    [InlineData("https://www.example.org/contact")]
    [InlineData("https://help.example.org/")]
    public void Load_VerifiedOnThePagesOwnWebsite_IsTheServicesOwnPage(string url)
    {
        var yaml = Valid + Entry("extra", "reporting", ("web", "https://www.example.org"), ("sources", Sources("[phone, hours, web]", own: null, url: url)));

        var (directory, problems) = Load(yaml);

        Assert.Empty(problems);
        Assert.True(directory.Helplines[^1].Sources[0].IsOwnPage);
    }

    [Theory]
    [InlineData("email")]
    [InlineData("confidentiality")]
    [InlineData("text")]
    public void Load_DetailWithoutSource_WarnsOnItsLine(string key)
    {
        var value = key == "email" ? "jo@example.org" : "Some words.";
        var yaml = Valid + Entry("extra", "reporting", (key, value));

        AssertOnly(Problems(yaml), Severity.Warning, 38, $"'{key}' has no source", $"Add '{key}' to the 'facts'");
    }

    [Theory]
    [InlineData("[phone, hour]", Severity.Error, "Unknown detail 'hour'", "Did you mean 'hours'?")]
    [InlineData("[phone, hours, chat]", Severity.Warning, "vouches for 'chat', but the helpline has no 'chat'", null)]
    public void Load_SourceFacts_AreChecked(string facts, Severity severity, string message, string? hint)
    {
        AssertOnly(Problems(Valid + Entry("extra", "reporting", ("sources", Sources(facts)))), severity, 37, message, hint);
    }

    [Theory]
    [InlineData("sources: []", "[]")]
    [InlineData("sources: [{facts: [phone]}]", "has no 'url'")]
    [InlineData("sources: [{url: example.org, facts: [phone]}]", "is not a web address")]
    [InlineData("sources: [{url: \"https://example.org\"}]", "The source has no 'facts'")]
    [InlineData("sources: [{url: \"https://example.org\", facts: [phone], own: maybe}]", "'own' must be true or false")]
    [InlineData("sources: [{url: \"https://example.org\", facts: [phone], checked: 2026-11-01}]", "Unknown key 'checked' in the source")]
    public void Load_BadSource_ReportsErrorOnItsLine(string line, string message)
    {
        var yaml = Valid + Entry("extra", "reporting", ("sources", line["sources: ".Length..]));

        var problems = Problems(yaml);

        if (message == "[]")
        {
            Assert.Empty(Load(yaml).Directory.Helplines.Where(h => h.Id == "extra"));
            return;
        }

        Assert.Contains(problems, p => p.Severity == Severity.Error && p.Line == 37 && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NoHours_WarnsThatOpenNowCannotBeShown()
    {
        var yaml = Valid + Entry("extra", "reporting", ("hours", null), ("sources", Sources("[phone]")));

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Warning, 30, "The helpline 'extra' has no opening hours", "open now");
        Assert.False(directory.Helplines[^1].Hours.IsKnown);
    }

    [Theory]
    [InlineData("[mon-thu 09:00-21:00, \"fri 09:00-12:00, 13:00-17:00\"]", 6)]
    [InlineData("[daily 17:00-24:00]", 7)]
    [InlineData("[weekdays 9:00-17:00, weekends 10:00-14:00]", 7)]
    [InlineData("[\"tue,thu 22:00-02:00\"]", 2)]
    [InlineData("[fri-mon 10:00-11:00]", 4)]
    public void Load_Hours_AreRead(string hours, int periods)
    {
        var yaml = Valid + Entry("extra", "reporting", ("hours", hours));

        var (directory, problems) = Load(yaml);

        Assert.Empty(problems);
        Assert.Equal(periods, directory.Helplines[^1].Hours.Periods.Length);
        Assert.Equal("Europe/London", directory.Helplines[^1].Hours.TimeZone.Id);
    }

    [Theory]
    [InlineData("[monday 09:00-17:00]", "'monday' in 'monday 09:00-17:00' is not a day")]
    [InlineData("[mon 9-5]", "'9-5' in 'mon 9-5' is not a time range")]
    [InlineData("[mon 09:00-25:00]", "is not a time range")]
    [InlineData("[mon 09:00-09:00]", "is not a time range")]
    [InlineData("[mon]", "'mon' has no times")]
    [InlineData("[always, mon 09:00-10:00]", "'always' cannot be mixed")]
    [InlineData("[]", "'hours' is empty")]
    public void Load_BadHours_ReportsErrorOnItsLine(string hours, string message)
    {
        var yaml = Valid + Entry("extra", "reporting", ("hours", hours));

        var (directory, problems) = Load(yaml);

        AssertOnly(problems, Severity.Error, 36, message, "mon-thu 09:00-21:00");
        Assert.Equal(3, directory.Helplines.Length);
    }

    [Theory]
    [InlineData("jo@example.org", "mailto:jo@example.org")]
    [InlineData("https://example.org/email", "https://example.org/email")]
    public void Load_Email_IsAnAddressOrASecurePage(string email, string href)
    {
        var yaml = Valid + Entry("extra", "reporting", ("email", email), ("sources", Sources("[phone, hours, email]")));

        var (directory, problems) = Load(yaml);

        Assert.Empty(problems);
        Assert.Equal(href, directory.Helplines[^1].EmailHref);
    }

    [Theory]
    [InlineData("jo at example.org")]
    [InlineData("jo@example")]
    [InlineData("\"jo@example.org?subject=hi\"")]
    [InlineData("http://example.org/email")]
    public void Load_BadEmail_ReportsError(string email)
    {
        var yaml = Valid + Entry("extra", "reporting", ("email", email), ("sources", Sources("[phone, hours, email]")));

        Assert.Contains(Problems(yaml), p => p.Severity == Severity.Error && p.Line == 38);
    }

    [Fact]
    public void Load_ChatPlatformWithoutChat_ReportsError()
    {
        AssertOnly(Problems(Valid + Entry("extra", "reporting", ("chat-platform", "Messenger"))), Severity.Error, 38, "'chat-platform' is given but there is no 'chat'");
    }

    [Fact]
    public void Load_HelplineTimeZone_OverridesTheRegions()
    {
        var (directory, problems) = Load(Valid + Entry("extra", "reporting", ("time-zone", "Europe/Helsinki")));

        Assert.Empty(problems);
        Assert.Equal("Europe/Helsinki", directory.Helplines[^1].Hours.TimeZone.Id);
    }

    [Fact]
    public void Load_UnknownTimeZone_ReportsError()
    {
        AssertOnly(Problems(Valid + Entry("extra", "reporting", ("time-zone", "Europe/Londn"))), Severity.Error, 38, "Unknown time zone 'Europe/Londn'", "IANA");
    }

    [Fact]
    public void Load_RegionWithoutTimeZone_ReportsError()
    {
        var yaml = Valid.Replace("    time-zone: Europe/London\n", "", StringComparison.Ordinal);

        Assert.Contains(Problems(yaml), p => p.Severity == Severity.Error && p.Line == 2 && p.Message == "The region has no 'time-zone'.");
    }

    [Fact]
    public void Load_Languages_AreDeclaredOnceAndUsedByRegionsAndHelplines()
    {
        var yaml = "languages:\n  nl: Dutch\n  fr: French\n"
            + Header.Replace("helplines:\n", "    languages: [nl, fr]\nhelplines:\n", StringComparison.Ordinal)
            + Entry("stop-it-now", "own-behaviour", ("languages", "[nl]"))
            + Entry("crisis-nl", "crisis", ("languages", "[nl]"))
            + Entry("crisis-fr", "crisis", ("languages", "[fr]"))
            + Entry("emergency", "emergency", ("phone", "\"112\""));

        var (directory, problems) = Load(yaml);

        Assert.Empty(problems);
        Assert.Equal(["nl", "fr"], directory.Regions[0].Languages);
        Assert.Equal("crisis-fr", directory.First("gb", "fr", HelplinePurpose.Crisis)?.Id);
        Assert.Equal("crisis-nl", directory.First("gb", "nl", HelplinePurpose.Crisis)?.Id);
        Assert.Equal(["crisis-fr", "emergency"], directory.For("gb", "fr").Select(h => h.Id));
        Assert.Equal("French", directory.LanguageName("fr"));
    }

    [Fact]
    public void Load_RegionLanguageWithoutCrisisLine_Warns()
    {
        var yaml = "languages:\n  nl: Dutch\n  fr: French\n"
            + Header.Replace("helplines:\n", "    languages: [nl, fr]\nhelplines:\n", StringComparison.Ordinal)
            + Entry("stop-it-now", "own-behaviour")
            + Entry("crisis-nl", "crisis", ("languages", "[nl]"))
            + Entry("emergency", "emergency", ("phone", "\"112\""));

        AssertOnly(Problems(yaml), Severity.Warning, 5, "has no crisis helpline in 'fr'", "languages: [fr]");
    }

    [Theory]
    [InlineData("languages:\n  nl: Dutch\n", "[de]", 40, Severity.Error, "Unknown language 'de'")]
    [InlineData("languages:\n  NL: Dutch\n", "[]", 2, Severity.Error, "The language code 'NL' is not two or three lower-case letters")]
    public void Load_BadLanguage_IsReportedOnItsLine(string declared, string spoken, int line, Severity severity, string message)
    {
        var yaml = declared + Valid + Entry("extra", "reporting", ("languages", spoken));

        Assert.Contains(Problems(yaml), p => p.Severity == severity && p.Line == line && p.Message.Contains(message, StringComparison.Ordinal));
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

        AssertOnly(problems, Severity.Error, 26, "'nine nine nine' is not a phone number");
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
        var yaml = Valid + Entry("Bad_Id", "nothing", ("phone", "x"), ("sources", Sources(verified: "soon")));

        var problems = Problems(yaml);

        Assert.Equal([30, 32, 34, 37], problems.Select(p => p.Line));
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
