using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Feedback;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Translation;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Translation;

public sealed class TranslationChecksTests : IDisposable
{
    private const string Original = """
        ---
        id: sample
        title: Sample
        summary: A sample.
        order: 1
        intensity: low
        objectives:
          - Learn
        ---

        Intro.

        ## First step

        One.

        :::exercise
        id: things
        code: 1.1
        title: Things
        fields:
          - id: which
            type: checklist
            label: Which?
            options:
              - A
              - B
          - id: note
            type: text
            label: Note
        :::

        ## Second step

        Two.
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "selfhelp-translation-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Compare_TranslationWithTheSameIds_IsClean()
    {
        var problems = Compare(Translated());

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("## Erster Schritt {#first-step}", "## Erster Schritt", "No step has the id '{#first-step}'")]
    [InlineData("## Zweiter Schritt {#second-step}", "## Zweiter Schritt {#second}", "The step id 'second'")]
    [InlineData("code: 1.1", "code: 1.2", "has the code '1.2'; the original's is '1.1'")]
    [InlineData("      - Bee\n", "      - Bee\n      - Sea\n", "has 3 options; the original has 2")]
    [InlineData("id: note", "id: notiz", "has no field 'note'")]
    [InlineData("type: text", "type: list\n    items: 2", "is a List, not a Text")]
    [InlineData("id: things", "id: dinge", "The exercise 'things' of the original is missing")]
    [InlineData("id: sample", "id: beispiel", "The module id 'beispiel' is not in the 'en' original")]
    public void Compare_IdsThatDiffer_AreErrors(string from, string to, string message)
    {
        var problems = Compare(Translated().Replace(from, to, StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Severity == Severity.Error && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_StepsInAnotherOrder_IsAnError()
    {
        var swapped = Translated()
            .Replace("## Erster Schritt {#first-step}", "## X {#second-step}", StringComparison.Ordinal)
            .Replace("## Zweiter Schritt {#second-step}", "## Y {#first-step}", StringComparison.Ordinal);

        var problems = Compare(swapped);

        Assert.Contains(problems, p => p.Message.Contains("different order", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_ModuleNotTranslatedYet_IsAWarningNamingIt()
    {
        var problems = Compare(translation: null);

        var problem = Assert.Single(problems);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Contains("'sample'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_FeedbackQuestionsThatDiffer_AreAnErrorOnTheTranslationsFile()
    {
        static ContentLoadResult With(params FeedbackQuestion[] questions) =>
            new(ContentCatalogue.Empty("de"), []) { Feedback = new FeedbackQuestions(questions, "") };
        var english = With(new FeedbackQuestion("helpful", default, "Was {it} helpful?", ["No", "Yes"]));
        var german = With(new FeedbackQuestion("hilfreich", default, "War {it} hilfreich?", ["Nein", "Ja"]));

        var problem = Assert.Single(TranslationChecks.Compare(english, german));

        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal("de/feedback.yml", problem.Path);
        Assert.Contains("missing helpful (2 options)", problem.Message, StringComparison.Ordinal);
        Assert.Empty(TranslationChecks.Compare(english, With(new FeedbackQuestion("helpful", default, "War {it} hilfreich?", ["Nein", "Ja"]))));
    }

    private static string Translated() => Original
        .Replace("## First step", "## Erster Schritt {#first-step}", StringComparison.Ordinal)
        .Replace("## Second step", "## Zweiter Schritt {#second-step}", StringComparison.Ordinal)
        .Replace("      - A\n      - B\n", "      - Ah\n      - Bee\n", StringComparison.Ordinal)
        .Replace("title: Sample", "title: Beispiel", StringComparison.Ordinal);

    private ImmutableArray<ContentProblem> Compare(string? translation)
    {
        Write("en", "01-sample.md", Original);
        if (translation is not null)
        {
            Write("de", "01-sample.md", translation);
        }
        else
        {
            Write("de", "01-other.md", Original.Replace("id: sample", "id: other", StringComparison.Ordinal).Replace("id: things", "id: other-things", StringComparison.Ordinal).Replace("code: 1.1", "code: 1.9", StringComparison.Ordinal));
        }

        var loader = new ContentLoader();
        var original = loader.Load(Path.Combine(_root, "en"));
        var translated = loader.Load(Path.Combine(_root, "de"));
        Assert.Empty(original.Errors);
        return translation is null
            ? [.. TranslationChecks.Compare(original, translated).Where(p => !p.Message.Contains("'other'", StringComparison.Ordinal))]
            : TranslationChecks.Compare(original, translated);
    }

    private void Write(string language, string file, string text)
    {
        var folder = Path.Combine(_root, language, "modules");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, file), text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
