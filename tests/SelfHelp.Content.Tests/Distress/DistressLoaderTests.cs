using SelfHelp.Content.Distress;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Distress;

/// <summary>Every mistake an editor can make in distress.yml is reported on its line, with a hint.</summary>
public class DistressLoaderTests
{
    private const string Valid = DistressYaml.Minimal;

    [Fact]
    public void Load_ValidFile_ReadsEveryRule()
    {
        var (detector, problems) = DistressYaml.Load(Valid);

        Assert.Empty(problems);
        Assert.Equal(3, detector.RuleCount);
        Assert.Equal([DistressKind.Suicide], detector.Find("I want to kill myself").Kinds);
        Assert.Equal([DistressKind.SelfHarm], detector.Find("I hurt myself").Kinds);
        Assert.Equal([DistressKind.ChildAtRisk], detector.Find("A child is in danger").Kinds);
    }

    [Fact]
    public void Load_MissingFile_ReportsErrorThatTheSiteNeedsIt()
    {
        using var content = new TempContent();

        var (detector, problems) = DistressLoader.Load(content.Folder);

        AssertOnly(problems, Severity.Error, 0, "There is no 'distress.yml'", "cannot run without it");
        Assert.Equal(Path.Combine("en", "distress.yml"), problems[0].Path);
        Assert.Equal(0, detector.RuleCount);
    }

    [Fact]
    public void Load_InvalidYaml_ReportsErrorWithLine()
    {
        AssertOnly(DistressYaml.Load(Valid.Replace("  - hurt myself", "  - hurt: myself: now", StringComparison.Ordinal)).Problems,
            Severity.Error, 4, "The distress rules file is not valid YAML");
    }

    [Fact]
    public void Load_UnknownKey_ReportsErrorWithSuggestion()
    {
        AssertOnly(DistressYaml.Load(Valid + "\nself_harm:\n  - harm myself\n").Problems, Severity.Error, 7, "Unknown key 'self_harm'", "Did you mean 'self-harm'?");
    }

    [Theory]
    [InlineData("suicide:\n  - kill myself\n", "suicide")]
    [InlineData("self-harm:\n  - hurt myself\n", "self-harm")]
    [InlineData("child-at-risk:\n  - child is in danger", "child-at-risk")]
    public void Load_MissingKind_ReportsError(string removed, string key)
    {
        AssertOnly(DistressYaml.Load(Valid.Replace(removed, "", StringComparison.Ordinal)).Problems, Severity.Error, 1, $"has no '{key}' list", $"'{key}:'");
    }

    [Fact]
    public void Load_EmptyList_ReportsError()
    {
        AssertOnly(DistressYaml.Load(Valid.Replace("self-harm:\n  - hurt myself", "self-harm: []", StringComparison.Ordinal)).Problems,
            Severity.Error, 3, "The 'self-harm' list is empty");
    }

    [Theory]
    [InlineData("\"{kil} myself\"", "there is no word group 'kil'", "Did you mean '{kill}'?")]
    [InlineData("... kill myself", "starts or ends with '...'", null)]
    [InlineData("kill myself ...", "starts or ends with '...'", null)]
    [InlineData("end ... ... life", "'...' twice in a row", null)]
    [InlineData("end...life", "mixes words with", "Separate each part with spaces")]
    [InlineData("ok", "is too short", "at least 3 letters")]
    [InlineData("\"!dont kill\"", "is not one word", "'!not'")]
    [InlineData("just", "has no words to look for", "'ignore:'")]
    public void Load_BadRule_ReportsErrorOnItsLineAndKeepsTheOthers(string rule, string message, string? hint)
    {
        var yaml = $$"""
            spellings:
              dont: do not
            ignore: [just]
            words:
              kill: kill killing
            suicide:
              - "{kill} myself"
              - {{rule}}
            self-harm:
              - hurt myself
            child-at-risk:
              - child is in danger
            """;

        var (detector, problems) = DistressYaml.Load(yaml);

        AssertOnly(problems, Severity.Error, 8, message, hint);
        Assert.Equal(3, detector.RuleCount);
        Assert.True(detector.Find("killing myself").NeedsCrisisSupport);
    }

    [Theory]
    [InlineData("Kill: kill killing", "word group name 'Kill' is not valid")]
    [InlineData("kill: 17-1", "runs backwards")]
    [InlineData("kill: dont", "is read as 'do not'")]
    [InlineData("kill: \"\"", "must be a list")]
    public void Load_BadWordGroup_ReportsErrorOnItsLine(string group, string message)
    {
        var yaml = $"spellings:\n  dont: do not\nwords:\n  {group}\n{Valid}";

        var problems = DistressYaml.Load(yaml).Problems;

        Assert.Contains(problems, p => p.Severity == Severity.Error && p.Line == 4 && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnusedWordGroup_Warns()
    {
        AssertOnly(DistressYaml.Load("words:\n  kill: kill killing\n" + Valid).Problems, Severity.Warning, 2, "The word group 'kill' is not used", "'{kill}'");
    }

    [Fact]
    public void Load_DuplicateRule_WarnsNamingTheFirst()
    {
        var (detector, problems) = DistressYaml.Load(Valid.Replace("  - hurt myself", "  - Kill  myself!", StringComparison.Ordinal));

        AssertOnly(problems, Severity.Warning, 4, "The rule 'Kill  myself!' is already listed on line 2 under 'suicide'.", "only the first one counts");
        Assert.Equal(2, detector.RuleCount);
    }

    [Theory]
    [InlineData("spellings:\n  my self: myself\n  \"My Self\": myself\n", Severity.Warning, 3, "already listed on line 2")]
    [InlineData("spellings:\n  Dont: dont\n", Severity.Warning, 2, "is read as itself")]
    [InlineData("spellings:\n  \"!!\": nothing\n", Severity.Error, 2, "has no letters or digits")]
    [InlineData("ignore: [really, \"not really\"]\n", Severity.Error, 1, "is not one word")]
    public void Load_BadSpellingOrIgnoredWord_IsReportedOnItsLine(string lines, Severity severity, int line, string message)
    {
        AssertOnly(DistressYaml.Load(lines + Valid).Problems, severity, line, message);
    }

    [Theory]
    [InlineData("  - kind: child-at-risk\n    these: [niece]\n", 8, "has no 'and' list")]
    [InlineData("  - kind: child-at-risck\n    these: [niece]\n    and: [alone]\n", 8, "Unknown kind 'child-at-risck'")]
    [InlineData("  - kind: child-at-risk\n    within: 99\n    these: [niece]\n    and: [alone]\n", 9, "from 0 to 12")]
    [InlineData("  - kind: child-at-risk\n    these: [niece]\n    and: [alone]\n    whithin: 3\n", 11, "Unknown key 'whithin'")]
    public void Load_BadNearRule_IsReportedOnItsLine(string rule, int line, string message)
    {
        AssertOnly(DistressYaml.Load(Valid + "\nnear:\n" + rule).Problems, Severity.Error, line, message);
    }

    [Fact]
    public void Load_BadNegation_IsReportedOnItsLine()
    {
        var yaml = "negation:\n  kinds: [child-at-risck]\n  before: [never]\n" + Valid;

        AssertOnly(DistressYaml.Load(yaml).Problems, Severity.Error, 2, "Unknown kind 'child-at-risck'", "Did you mean 'child-at-risk'?");
    }

    [Theory]
    [InlineData("")]
    [InlineData("- kill myself\n")]
    [InlineData("suicide: *nothing\n")]
    [InlineData("suicide:\n  - [kill, myself]\n")]
    [InlineData("words: [a, b]\nsuicide: x\n")]
    [InlineData("near: oops\n")]
    [InlineData("spellings: [1, 2]\n")]
    [InlineData("\0\0")]
    public void Load_OddFile_ReportsErrorsWithoutThrowing(string yaml)
    {
        var problems = DistressYaml.Load(yaml).Problems;

        Assert.Contains(problems, p => p.Severity == Severity.Error);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Hint)));
    }

    [Fact]
    public void Load_BundledRules_HaveNoProblems()
    {
        var (detector, problems) = DistressLoader.Load(BundledContent.EnglishFolder);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.InRange(detector.RuleCount, 100, 400);
    }

    [Theory]
    [InlineData("some nights I think about topping myself", DistressKind.Suicide)]
    [InlineData("I took an overdose last year", DistressKind.Suicide)]
    [InlineData("I have been planning how to kill my self", DistressKind.Suicide)]
    [InlineData("I'm alone with my stepdaughter most evenings and I don't trust myself", DistressKind.ChildAtRisk)]
    [InlineData("I've been chatting to a 14 year old girl online", DistressKind.ChildAtRisk)]
    public void Find_BundledRules_CatchTheSentencesFromTheIssue(string text, DistressKind kind)
    {
        Assert.Equal([kind], DistressLoader.Load(BundledContent.EnglishFolder).Detector.Find(text).Kinds);
    }

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
