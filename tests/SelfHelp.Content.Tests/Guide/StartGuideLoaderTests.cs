using SelfHelp.Content.Guide;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Guide;

public class StartGuideLoaderTests
{
    private const string Questions = """
        title: Where to start
        intro: A few questions.
        questions:
          - id: urges
            question: How often?
            options:
              - id: often
                text: Most days
              - id: sometimes
                text: Now and then
          - id: mood
            question: How are you?
            hint: No wrong answer.
            options:
              - id: low
                text: Low
              - id: ok
                text: OK
        """;

    private const string ValidPaths = """
        paths:
          - when:
              urges: often
              mood: [low, ok]
            modules: [second, first]
            reason: Urges first.
          - when:
              mood: low
            modules: [third]
          - modules: [first, second, third]
        """;

    private static (StartGuide Guide, IReadOnlyList<ContentProblem> Problems) Load(string? file)
    {
        using var content = new TempContent()
            .With("a.md", TempContent.Module("first", 1))
            .With("b.md", TempContent.Module("second", 2, extraFrontMatter: "aliases: [old-second]"))
            .With("c.md", TempContent.Module("third", 3));
        if (file is not null)
        {
            content.WithFile(StartGuideLoader.FileName, file);
        }

        var modules = new ContentLoader().Load(content.Folder);
        Assert.False(modules.HasErrors, string.Join('\n', modules.Errors));
        return StartGuideLoader.Load(content.Folder, modules.Catalogue);
    }

    private static Dictionary<string, string> Answers(params (string Question, string Option)[] answers) =>
        answers.ToDictionary(a => a.Question, a => a.Option, StringComparer.Ordinal);

    [Fact]
    public void NoFile_NoGuideAndNoProblems()
    {
        var (guide, problems) = Load(null);

        Assert.False(guide.IsAvailable);
        Assert.Empty(problems);
    }

    [Fact]
    public void ValidFile_IsRead()
    {
        var (guide, problems) = Load(Questions + "\n" + ValidPaths);

        Assert.Empty(problems);
        Assert.True(guide.IsAvailable);
        Assert.Equal("Where to start", guide.Title);
        Assert.Equal("A few questions.", guide.Intro);
        Assert.Equal(["urges", "mood"], guide.Questions.Select(q => q.Id));
        Assert.Equal("No wrong answer.", guide.Questions[1].Hint);
        Assert.Equal(["Most days", "Now and then"], guide.Questions[0].Options.Select(o => o.Text));
        Assert.Equal(3, guide.Paths.Length);
        Assert.True(guide.Paths[2].IsDefault);
    }

    [Fact]
    public void Recommend_TakesTheFirstPathWhoseConditionsAllMatch()
    {
        var (guide, _) = Load(Questions + "\n" + ValidPaths);

        Assert.Equal(["second", "first"], guide.Recommend(Answers(("urges", "often"), ("mood", "ok")))!.Modules);
        Assert.Equal("Urges first.", guide.Recommend(Answers(("urges", "often"), ("mood", "low")))!.Reason);
        Assert.Equal(["third"], guide.Recommend(Answers(("urges", "sometimes"), ("mood", "low")))!.Modules);
        Assert.Equal(["first", "second", "third"], guide.Recommend(Answers(("urges", "sometimes"), ("mood", "ok")))!.Modules);
        Assert.True(guide.Recommend(Answers())!.IsDefault);
    }

    [Theory]
    [InlineData("paths:\n  - when:\n      urge: often\n    modules: [first]\n  - modules: [first]\n", "'when' names 'urge', which is not a question id", "Did you mean 'urges'?")]
    [InlineData("paths:\n  - when:\n      urges: daily\n    modules: [first]\n  - modules: [first]\n", "'daily' is not an option of the question 'urges'", "Options: often, sometimes.")]
    [InlineData("paths:\n  - modules: [frist]\n", "'frist' is not a module id", "Did you mean 'first'?")]
    [InlineData("paths:\n  - modules: [old-second]\n", "'old-second' is an old id of the module 'second'", "Did you mean 'second'?")]
    [InlineData("paths:\n  - modules: [first, first]\n", "The module 'first' is listed twice in this path", "List each module once.")]
    [InlineData("paths:\n  - when:\n      urges: often\n    modules: [first]\n", "No path is the default", "End the list with a path")]
    [InlineData("paths:\n  - modules: [first]\n  - when:\n      urges: often\n    modules: [second]\n", "This path can never be chosen", "Put the path without 'when'")]
    [InlineData("paths:\n  - when: {}\n    modules: [first]\n  - modules: [first]\n", "'when' is empty", "A path for everyone else has no 'when' at all.")]
    [InlineData("paths:\n  - when: often\n    modules: [first]\n  - modules: [first]\n", "'when' in the path must be a set of 'key: value' lines", "urges: [often, sometimes]")]
    [InlineData("paths:\n  - reason: Nothing.\n", "This path has no modules", "modules: [welcome, urges, triggers]")]
    [InlineData("paths:\n  - modules: [first]\n    reasons: x\n", "Unknown key 'reasons' in the path", "Did you mean 'reason'?")]
    [InlineData("", "The questionnaire has no paths", "ending with one that has no 'when'")]
    [InlineData("paths:\n  - modules: [first]\n    helplines-first: yes\n", "'helplines-first' must be true or false, not 'yes'", "struggling")]
    public void BrokenPaths_SayWhatIsWrong(string paths, string message, string hint)
    {
        var (guide, problems) = Load(Questions + "\n" + paths);

        var problem = Assert.Single(problems);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Contains(hint, problem.Hint, StringComparison.Ordinal);
        Assert.False(guide.IsAvailable);
    }

    [Theory]
    [InlineData("questions: []\n", "The questionnaire has no questions")]
    [InlineData("title: T\nquestions:\n  - id: q\n    question: Q?\n    options:\n      - id: a\n        text: A\n", "A question needs 2 to 8 options; this one has 1")]
    [InlineData("title: T\nquestions:\n  - id: q\n    question: Q?\n    options:\n      - id: a\n        text: A\n      - id: a\n        text: B\n", "The option id 'a' is used twice")]
    [InlineData("title: T\nquestions:\n  - id: Q1\n    question: Q?\n    options:\n      - id: a\n        text: A\n      - id: b\n        text: B\n", "The question id 'Q1' is not valid")]
    [InlineData("title: T\nquestions:\n  - id: q\n    options:\n      - id: a\n        text: A\n      - id: b\n        text: B\n", "The question has no 'question'")]
    [InlineData("title: T\nquestions:\n  - id: q\n    question: Q?\n    options:\n      - id: a\n      - id: b\n        text: B\n", "The option has no 'text'")]
    [InlineData("titel: T\n", "Unknown key 'titel' in the questionnaire file")]
    [InlineData("title: [\n", "not valid YAML")]
    public void BrokenQuestions_SayWhatIsWrong(string file, string message)
    {
        var (guide, problems) = Load(file + "\npaths:\n  - modules: [first]\n");

        Assert.Contains(problems, p => p.Severity == Severity.Error && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.False(guide.IsAvailable);
    }

    [Fact]
    public void ProblemLines_PointAtTheLineWritten()
    {
        var (_, problems) = Load(Questions + "\npaths:\n  - modules: [frist]\n");

        var problem = Assert.Single(problems);
        Assert.Equal(Questions.Split('\n').Length + 2, problem.Line);
        Assert.Equal(Path.Combine("en", StartGuideLoader.FileName), problem.Path);
    }

    [Fact]
    public void BundledGuide_IsValidAndEveryPathIsReachable()
    {
        var result = new ContentLoader().LoadSite(BundledContent.EnglishFolder);
        var guide = result.StartGuide;

        Assert.DoesNotContain(result.Problems, p => p.Path.EndsWith(StartGuideLoader.FileName, StringComparison.Ordinal));
        Assert.True(guide.IsAvailable);
        Assert.InRange(guide.Questions.Length, 2, 5);

        // Every combination of answers gets a path, and every path is chosen by some combination.
        var combinations = guide.Questions.Aggregate(
            new[] { new Dictionary<string, string>(StringComparer.Ordinal) }.AsEnumerable(),
            (sets, q) => sets.SelectMany(set => q.Options.Select(o => new Dictionary<string, string>(set, StringComparer.Ordinal) { [q.Id] = o.Id })));
        var chosen = combinations.Select(guide.Recommend).ToList();
        Assert.All(chosen, Assert.NotNull);
        Assert.All(guide.Paths, p => Assert.Contains(p, chosen));
        Assert.All(guide.Paths, p => Assert.Equal("welcome", p.Modules[0]));
        Assert.All(guide.Paths, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
    }

    [Fact]
    public void HelplinesFirst_IsReadFromThePath()
    {
        var (guide, problems) = Load(Questions + "\npaths:\n  - when:\n      mood: low\n    modules: [third]\n    helplines-first: true\n  - modules: [first]\n");

        Assert.Empty(problems);
        Assert.Equal([true, false], guide.Paths.Select(p => p.HelplinesFirst));
    }

    [Fact]
    public void BundledGuide_StrugglingPutsHelplinesFirst()
    {
        var guide = new ContentLoader().LoadSite(BundledContent.EnglishFolder).StartGuide;

        var path = guide.Recommend(Answers(("where", "viewing"), ("urges", "daily"), ("feeling", "struggling")));

        Assert.True(path?.HelplinesFirst);
        Assert.Equal(["where", "where", "feeling"], guide.Paths.Where(p => p.HelplinesFirst).Select(p => p.When.Keys.Single()));
    }

    [Theory]
    [InlineData("child", "more-help")]
    [InlineData("police", "the-law")]
    public void BundledGuide_PoliceOrWorryAboutAChildPutsHelplinesFirstWhateverElseIsAnswered(string where, string second)
    {
        var guide = new ContentLoader().LoadSite(BundledContent.EnglishFolder).StartGuide;

        var path = guide.Recommend(Answers(("where", where), ("urges", "daily"), ("feeling", "ok")));

        Assert.True(path?.HelplinesFirst);
        Assert.Equal(["welcome", second], path!.Modules.Take(2));
    }

    [Fact]
    public void ShorterRoute_IsReadInOrder()
    {
        var (guide, problems) = Load(Questions + "\nshorter-route:\n  title: A shorter way\n  intro: Start here.\n  modules: [third, first, second]\n" + ValidPaths);

        Assert.Empty(problems);
        Assert.Equal(new ShorterRoute("A shorter way", "Start here.", ["third", "first", "second"]).Modules, guide.ShorterRoute!.Modules);
        Assert.Equal("A shorter way", guide.ShorterRoute.Title);
        Assert.Equal("Start here.", guide.ShorterRoute.Intro);
    }

    [Fact]
    public void ShorterRoute_IsOptional()
    {
        var (guide, problems) = Load(Questions + "\n" + ValidPaths);

        Assert.Empty(problems);
        Assert.Null(guide.ShorterRoute);
    }

    [Theory]
    [InlineData("shorter-route:\n  title: Short\n  modules: [frist, second, third]\n", "'frist' is not a module id", "Did you mean 'first'?")]
    [InlineData("shorter-route:\n  title: Short\n  modules: [first, first, third]\n", "The module 'first' is listed twice in this shorter route", "List each module once.")]
    [InlineData("shorter-route:\n  modules: [first, second, third]\n", "title", "A shorter way through")]
    [InlineData("shorter-route:\n  title: Short\n  module: [first]\n", "Unknown key 'module'", "Did you mean 'modules'?")]
    public void BrokenShorterRoute_SaysWhatIsWrong(string route, string message, string hint)
    {
        var (_, problems) = Load(Questions + "\n" + route + ValidPaths);

        var problem = Assert.Single(problems, p => p.Severity == Severity.Error && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Contains(hint, problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ShorterRoute_OfOneModule_IsAWarning()
    {
        var (guide, problems) = Load(Questions + "\nshorter-route:\n  title: Short\n  modules: [first]\n" + ValidPaths);

        var problem = Assert.Single(problems);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Contains("The shorter route has 1 modules", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["first"], guide.ShorterRoute!.Modules);
    }

    [Fact]
    public void BundledGuide_HasAShorterRouteOfFiveModules()
    {
        var guide = new ContentLoader().LoadSite(BundledContent.EnglishFolder).StartGuide;

        Assert.Equal(["welcome", "why-change", "triggers", "urges", "staying-stopped"], guide.ShorterRoute!.Modules);
    }
}
