using SelfHelp.Content.Loading;
using SelfHelp.Content.Readability;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Readability;

public class ModuleReadabilityTests
{
    private readonly ContentLoader _loader = new();

    [Fact]
    public void Load_Module_MeasuresIntroductionHeadingsParagraphsListsAndCallouts()
    {
        const string body = """
            Welcome here.

            ## Your first step

            You can stop. Help is there.

            ### A short list

            - Call a friend
            - Go for a walk

            > A quote counts too.

            :::tip Try this
            Rest when you need to.
            :::
            """;
        using var content = new TempContent().With("a.md", TempContent.Module(body: body));

        var module = Assert.Single(_loader.Load(content.Folder).Catalogue.Modules);

        var expected = ReadabilityScore.Measure(
        [
            "Welcome here.", "Your first step", "You can stop. Help is there.", "A short list", "Call a friend", "Go for a walk",
            "A quote counts too.", "Try this", "Rest when you need to.",
        ]);
        Assert.Equal(expected, module.Readability);
        Assert.Equal(32, module.Readability.Words);
        Assert.Equal(10, module.Readability.Sentences);
        Assert.Equal(expected.RoundedGrade, module.ReadingGrade);
    }

    [Fact]
    public void Load_Module_LeavesOutFormsAndCode()
    {
        const string body = """
            ## Step

            Short words here.

            ```
            Extraordinarily incomprehensible terminology.
            ```

            :::exercise
            id: notes
            code: S1
            title: Extraordinarily incomprehensible terminology
            intro: Institutionalisation notwithstanding.
            fields:
              - id: note
                type: text
                label: Characteristically multidimensional?
            :::
            """;
        using var content = new TempContent().With("a.md", TempContent.Module(body: body));

        var result = _loader.Load(content.Folder);

        var counted = result.Readability.Single().Score;
        Assert.Equal((4, 2, 4), (counted.Words, counted.Sentences, counted.Syllables));
    }

    [Fact]
    public void Load_SoftLineBreak_SeparatesWords()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "## Step\n\nOne line\nand **the** next.\n"));

        var module = Assert.Single(_loader.Load(content.Folder).Catalogue.Modules);

        Assert.Equal(6, module.Readability.Words);
    }

    [Fact]
    public void Load_ModuleWithErrors_StillReportsItsReadability()
    {
        using var content = new TempContent()
            .With("a.md", TempContent.Module(id: "first", order: 2, body: "## Step\n\nSee [this](module:nowhere).\n"))
            .With("b.md", TempContent.Module(id: "second", order: 1));

        var result = _loader.Load(content.Folder);

        Assert.Equal(["second", "first"], result.Readability.Select(r => r.ModuleId));
        Assert.Equal([true, false], result.Readability.Select(r => r.Loaded));
        Assert.Equal(Path.Combine("en", "modules", "a.md"), result.Readability[1].SourcePath);
    }

    [Fact]
    public void Load_GradeAboveTheErrorLimit_IsAnErrorOnTheWholeFile()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "## Step\n\nThe cat sat on the mat.\n"));
        var loader = new ContentLoader(new ContentLoaderOptions { ReadingGradeWarning = -5, ReadingGradeError = -3 });

        var problem = Assert.Single(loader.Load(content.Folder).Problems, p => p.Message.Contains("Reading grade", StringComparison.Ordinal));

        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(0, problem.Line);
        Assert.Equal("Reading grade -2.4 (Flesch–Kincaid) is above -3.", problem.Message);
        Assert.Contains("shorter sentences", problem.Hint, StringComparison.Ordinal);
    }

    private static string Sentences(string sentence, int count) => string.Join(' ', Enumerable.Repeat(sentence, count));

    [Fact]
    public void Load_LongModuleBelowGradeFour_WarnsWithTheSpread()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: $"## Step\n\n{Sentences("Call a friend today.", 80)}\n"));

        var result = _loader.Load(content.Folder);

        var warning = Assert.Single(result.Problems, p => p.Message.StartsWith("Reading grade", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("Reading grade 0.7 (Flesch–Kincaid) is below 4: the text may read as choppy or patronising.", warning.Message);
        Assert.Contains("Aim for grade 5 to 7", warning.Hint, StringComparison.Ordinal);
        Assert.Contains("most of its sentences have 4 to 4 words (median 4)", warning.Hint, StringComparison.Ordinal);
        Assert.Equal(new SentenceSpread(81, 1, 4, 4, 4, 4), result.Readability.Single().Spread);
    }

    [Fact]
    public void Load_ShortModuleBelowGradeFour_DoesNotWarn()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: $"## Step\n\n{Sentences("Call a friend today.", 70)}\n"));

        var result = _loader.Load(content.Folder);

        Assert.True(result.Readability.Single().Score.Words < 300);
        Assert.DoesNotContain(result.Problems, p => p.Message.StartsWith("Reading grade", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ModuleInTheWindow_DoesNotWarn()
    {
        const string sentence = "When an urge comes late at night, it helps to remember that it will pass, so you can wait.";
        using var content = new TempContent().With("a.md", TempContent.Module(body: $"## Step\n\n{Sentences(sentence, 20)}\n"));

        var result = _loader.Load(content.Folder);

        var grade = result.Readability.Single().Score.RoundedGrade;
        Assert.InRange(grade, 4, 8);
        Assert.DoesNotContain(result.Problems, p => p.Message.StartsWith("Reading grade", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_LowGradeLimit_ComesFromTheOptions()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: $"## Step\n\n{Sentences("Call a friend today.", 80)}\n"));

        var result = new ContentLoader(new ContentLoaderOptions { ReadingGradeLowWarning = -5 }).Load(content.Folder);

        Assert.DoesNotContain(result.Problems, p => p.Message.StartsWith("Reading grade", StringComparison.Ordinal));
    }
}
