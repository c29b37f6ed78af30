using SelfHelp.Content.Distress;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Distress;

public class DistressLoaderTests
{
    private const string Valid = """
        suicide:
          - kill myself
          - end my life
        self-harm:
          - hurt myself
        child-in-danger:
          - child is in danger
        """;

    [Fact]
    public void Load_ValidFile_ReadsEveryPhrase()
    {
        var (phrases, problems) = Load(Valid);

        Assert.Empty(problems);
        Assert.Equal(4, phrases.Count);
        Assert.Equal([DistressKind.Suicide], phrases.Find("I want to end my life"));
        Assert.Equal([DistressKind.SelfHarm], phrases.Find("I hurt myself"));
        Assert.Equal([DistressKind.ChildInDanger], phrases.Find("A child is in danger"));
    }

    [Fact]
    public void Load_MissingFile_ReportsErrorThatTheSiteNeedsIt()
    {
        using var content = new TempContent();

        var (phrases, problems) = DistressLoader.Load(content.Folder);

        AssertOnly(problems, Severity.Error, 0, "There is no 'distress.yml'", "cannot run without it");
        Assert.Equal(Path.Combine("en", "distress.yml"), problems[0].Path);
        Assert.Equal(0, phrases.Count);
    }

    [Fact]
    public void Load_InvalidYaml_ReportsErrorWithLine()
    {
        var yaml = Valid.Replace("  - hurt myself", "  - hurt: myself: now", StringComparison.Ordinal);

        AssertOnly(Load(yaml).Problems, Severity.Error, 5, "The distress phrases file is not valid YAML");
    }

    [Fact]
    public void Load_UnknownKey_ReportsErrorWithSuggestion()
    {
        var yaml = Valid + "\nself_harm:\n  - harm myself\n";

        AssertOnly(Load(yaml).Problems, Severity.Error, 8, "Unknown key 'self_harm' in the distress phrases file", "Did you mean 'self-harm'?");
    }

    [Theory]
    [InlineData("suicide:\n  - kill myself\n  - end my life\n", "suicide")]
    [InlineData("self-harm:\n  - hurt myself\n", "self-harm")]
    [InlineData("child-in-danger:\n  - child is in danger", "child-in-danger")]
    public void Load_MissingKind_ReportsError(string removed, string key)
    {
        var yaml = Valid.Replace(removed, "", StringComparison.Ordinal);

        AssertOnly(Load(yaml).Problems, Severity.Error, 1, $"The distress phrases file has no '{key}' list", $"'{key}:'");
    }

    [Fact]
    public void Load_EmptyList_ReportsError()
    {
        var yaml = Valid.Replace("self-harm:\n  - hurt myself", "self-harm: []", StringComparison.Ordinal);

        AssertOnly(Load(yaml).Problems, Severity.Error, 4, "The 'self-harm' list is empty", "hurt myself");
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("a!")]
    [InlineData("'...'")]
    public void Load_PhraseUnderThreeCharacters_ReportsErrorAndKeepsTheOthers(string phrase)
    {
        var yaml = Valid.Replace("  - end my life", $"  - \"{phrase.Replace("\"", "\\\"", StringComparison.Ordinal)}\"", StringComparison.Ordinal);

        var (phrases, problems) = Load(yaml);

        AssertOnly(problems, Severity.Error, 3, "is too short", "at least 3 letters or digits");
        Assert.Equal(3, phrases.Count);
    }

    [Fact]
    public void Load_DuplicatePhrase_Warns()
    {
        var yaml = Valid.Replace("  - end my life", "  - Kill  myself!", StringComparison.Ordinal);

        var (phrases, problems) = Load(yaml);

        AssertOnly(problems, Severity.Warning, 3, "The phrase 'Kill  myself!' is already listed on line 2.", "only the first one counts");
        Assert.Equal(3, phrases.Count);
    }

    [Fact]
    public void Load_PhraseUnderTwoKinds_WarnsNamingTheFirstKind()
    {
        var yaml = Valid.Replace("  - hurt myself", "  - kill myself", StringComparison.Ordinal);

        var (phrases, problems) = Load(yaml);

        AssertOnly(problems, Severity.Warning, 5, "The phrase 'kill myself' is already listed on line 2 under 'suicide'.");
        Assert.Equal([DistressKind.Suicide], phrases.Find("kill myself"));
    }

    [Fact]
    public void Load_ListThatIsNotAList_ReportsError()
    {
        var yaml = Valid.Replace("  - child is in danger", "  key: value", StringComparison.Ordinal);

        AssertOnly(Load(yaml).Problems, Severity.Error, 6, "'child-in-danger' in the distress phrases file must be a list");
    }

    [Theory]
    [InlineData("")]
    [InlineData("- kill myself\n")]
    [InlineData("suicide: *nothing\n")]
    [InlineData("suicide:\n  - [kill, myself]\n")]
    [InlineData("\0\0")]
    public void Load_OddFile_ReportsErrorsWithoutThrowing(string yaml)
    {
        var problems = Load(yaml).Problems;

        Assert.Contains(problems, p => p.Severity == Severity.Error);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Hint)));
    }

    private static (DistressPhrases Phrases, IReadOnlyList<ContentProblem> Problems) Load(string yaml)
    {
        using var content = new TempContent();
        File.WriteAllText(Path.Combine(content.Folder, DistressLoader.FileName), yaml);
        return DistressLoader.Load(content.Folder);
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
