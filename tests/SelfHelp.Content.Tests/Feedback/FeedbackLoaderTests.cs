using SelfHelp.Content.Feedback;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Feedback;

public class FeedbackLoaderTests
{
    private static (FeedbackQuestions Questions, IReadOnlyList<ContentProblem> Problems) Load(string? file)
    {
        using var content = new TempContent();
        if (file is not null)
        {
            content.WithFile(FeedbackLoader.FileName, file);
        }

        return FeedbackLoader.Load(content.Folder);
    }

    private const string Valid = """
        intro: Optional and anonymous.
        questions:
          - id: effort
            domain: burden
            text: How much effort did {it} take?
            options: [A huge effort, A lot of effort, Some effort, A little effort, No effort at all]
          - id: overall
            domain: general-acceptability
            text: Overall, how acceptable was {it} for you?
            options: [Completely unacceptable, Unacceptable, Not sure, Acceptable, Completely acceptable]
        """;

    [Fact]
    public void NoFile_NoQuestionsAndNoProblems()
    {
        var (questions, problems) = Load(null);

        Assert.False(questions.IsAvailable);
        Assert.Empty(problems);
    }

    [Fact]
    public void ValidFile_QuestionsInOrderWithTheirDomainsAndAnswers()
    {
        var (questions, problems) = Load(Valid);

        Assert.Empty(problems);
        Assert.Equal("Optional and anonymous.", questions.Intro);
        Assert.Equal(["effort", "overall"], questions.Questions.Select(q => q.Id));
        Assert.Equal(FeedbackDomain.Burden, questions.Find("effort")!.Domain);
        Assert.Equal("How much effort did this module take?", questions.Find("effort")!.TextFor("this module"));
        Assert.Equal(5, questions.Find("overall")!.Options.Length);
    }

    [Fact]
    public void BundledFile_HasOneQuestionForEachDomain()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "content", "en");

        var (questions, problems) = FeedbackLoader.Load(folder);

        Assert.Empty(problems);
        Assert.Equal(Enum.GetValues<FeedbackDomain>(), questions.Questions.Select(q => q.Domain).Order());
        Assert.All(questions.Questions, q => Assert.Equal(5, q.Options.Length));
    }

    [Theory]
    [InlineData("id: Effort!", "'Effort!' is not a valid question id", 3)]
    [InlineData("domain: burdon", "Did you mean 'burden'?", 4)]
    [InlineData("options: [Only one]", "has 1 answers; it needs 2 to 7", 6)]
    public void Mistakes_AreReportedOnTheirLine(string replacement, string expected, int line)
    {
        var key = replacement[..replacement.IndexOf(':', StringComparison.Ordinal)];
        var lines = Valid.Split('\n').ToList();
        var index = lines.FindIndex(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal) || l.TrimStart().StartsWith("- " + key + ":", StringComparison.Ordinal));
        lines[index] = lines[index][..lines[index].IndexOf(key, StringComparison.Ordinal)] + replacement;

        var (_, problems) = Load(string.Join('\n', lines));

        var problem = Assert.Single(problems, p => p.Severity == Severity.Error);
        Assert.Contains(expected, problem.Message + " " + problem.Hint, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
        Assert.EndsWith(FeedbackLoader.FileName, problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateId_IsAnErrorNamingTheFirstLine()
    {
        var (questions, problems) = Load(Valid.Replace("id: overall", "id: effort", StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Severity == Severity.Error && p.Message.Contains("already used on line 3", StringComparison.Ordinal));
        Assert.Single(questions.Questions);
    }

    [Fact]
    public void QuestionWithoutItsSubject_IsAWarning()
    {
        var (_, problems) = Load(Valid.Replace("did {it} take", "did it take", StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Severity == Severity.Warning && p.Message.Contains("does not say what it is about", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownKeyAndBrokenYaml_AreErrors()
    {
        Assert.Contains(Load(Valid + "\ncolour: blue\n").Problems, p => p.Severity == Severity.Error);
        Assert.Contains(Load("questions: [\n").Problems, p => p.Severity == Severity.Error);
    }
}
