using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Loading;

public class ContentLoaderTests
{
    private readonly ContentLoader _loader = new();

    [Fact]
    public void Load_StepHeadingEndingInAnId_KeepsTheIdAndShowsTheTitleWithoutIt()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "Intro.\n\n## Was das Gesetz sagt {#what-the-law-says}\n\nEins.\n\n## Zweiter Schritt\n\nZwei.\n"));

        var result = _loader.Load(content.Folder);

        Assert.Empty(result.Errors);
        var module = Assert.Single(result.Catalogue.Modules);
        Assert.Equal(["what-the-law-says", "zweiter-schritt"], module.Steps.Select(s => s.Id));
        Assert.Equal("Was das Gesetz sagt", module.Steps[0].Title);
    }

    [Theory]
    [InlineData("## Eins {#Not_Valid}\n\nA.\n", "is not valid")]
    [InlineData("## Eins {#same}\n\nA.\n\n## Zwei {#same}\n\nB.\n", "Two steps have the id '{#same}'")]
    public void Load_BadStepId_ReportsItOnTheHeadingsLine(string body, string message)
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: body));

        var result = _loader.Load(content.Folder);

        var error = Assert.Single(result.Errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void Load_ModuleWithFrontMatterAndSteps_BuildsModule()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "Intro.\n\n## First step\n\nOne.\n\n## Second step\n\nTwo.\n"));

        var result = _loader.Load(content.Folder);

        Assert.Empty(result.Errors);
        var module = Assert.Single(result.Catalogue.Modules);
        Assert.Equal("sample", module.Id);
        Assert.Equal(["first-step", "second-step"], module.Steps.Select(s => s.Id));
        Assert.Equal([1, 2], module.Steps.Select(s => s.Number));
        Assert.Equal("<p>Intro.</p>\n", Assert.IsType<HtmlPart>(Assert.Single(module.Introduction)).Html);
    }

    [Fact]
    public void Load_RawHtml_IsEscaped()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "## Step\n\nHello <script>alert(1)</script>\n"));

        var html = Assert.IsType<HtmlPart>(_loader.Load(content.Folder).Catalogue.Modules[0].Steps[0].Parts[0]).Html;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LevelThreeHeading_RendersAsLevelTwo()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "## Step\n\n### Inside\n\nText.\n"));

        var html = Assert.IsType<HtmlPart>(_loader.Load(content.Folder).Catalogue.Modules[0].Steps[0].Parts[0]).Html;

        Assert.StartsWith("<h2>Inside</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeeperHeadingsAndHeadingsInCallouts_EachOneLevelUp()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "## Step\n\n### Inside\n\n#### Deeper\n\n:::tip\n### In a tip\n:::\n\n## Second step\n\nText.\n"));

        var module = _loader.Load(content.Folder).Catalogue.Modules[0];
        var html = string.Concat(module.Steps[0].Parts.OfType<HtmlPart>().Select(p => p.Html));

        // The '##' headings are still steps: demotion changes only the HTML, never how steps are found.
        Assert.Equal(2, module.Steps.Length);
        Assert.Contains("<h2>Inside</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Deeper</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>In a tip</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h4", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Callout_RendersLabelledNote()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "## Step\n\n:::take-care\nGo gently.\n:::\n\n:::tip Try this\nA tip.\n:::\n"));

        var html = Assert.IsType<HtmlPart>(_loader.Load(content.Folder).Catalogue.Modules[0].Steps[0].Parts[0]).Html;

        Assert.Contains("<div class=\"callout callout--take-care\" role=\"note\"><p class=\"callout__title\">Take care</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"callout__title\">Try this</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Go gently.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_VoiceCallout_IsAlwaysLabelledAsAComposite()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "## Step\n\n:::voice\n\"I called.\"\n:::\n\n:::voice Sam's story\n\"I stopped.\"\n:::\n"));

        var html = Assert.IsType<HtmlPart>(_loader.Load(content.Folder).Catalogue.Modules[0].Steps[0].Parts[0]).Html;

        Assert.Contains("<div class=\"callout callout--voice\" role=\"note\"><p class=\"callout__title\">A composite voice</p>", html, StringComparison.Ordinal);
        var note = "<p class=\"callout__note\">Written by this programme's authors from what people in this situation often say. These are not one real person's words.</p>";
        Assert.Equal(2, html.Split(note).Length - 1);
    }

    [Fact]
    public void Load_OtherCallouts_HaveNoFixedNote()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "## Step\n\n:::tip\nA tip.\n:::\n"));

        var html = Assert.IsType<HtmlPart>(_loader.Load(content.Folder).Catalogue.Modules[0].Steps[0].Parts[0]).Html;

        Assert.DoesNotContain("callout__note", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Exercise_BecomesFormPartBetweenHtml()
    {
        const string body = """
            ## Step

            Before.

            :::exercise
            id: my-reasons
            code: 2.1
            title: My reasons
            minutes: 4
            intro: Write **freely**.
            fields:
              - id: why
                type: text
                label: Why?
                hint: Take your time.
              - id: sure
                type: scale
                label: How sure?
                low: Not sure
                high: Very sure
              - id: which
                type: checklist
                label: Which?
                options: [One, Two]
              - id: people
                type: list
                label: Who?
                items: 2
            :::

            After.
            """;
        using var content = new TempContent().With("a.md", TempContent.Module(body: body));

        var result = _loader.Load(content.Folder);

        Assert.Empty(result.Errors);
        var parts = result.Catalogue.Modules[0].Steps[0].Parts;
        Assert.Equal(3, parts.Length);
        var exercise = Assert.IsType<FormBlockPart>(parts[1]);
        Assert.Equal(FormKind.Exercise, exercise.Kind);
        Assert.Equal("2.1", exercise.Code);
        Assert.Equal("sample", exercise.ModuleId);
        Assert.Equal(1, exercise.StepNumber);
        Assert.Equal(4, exercise.Minutes);
        Assert.Equal("<p>Write <strong>freely</strong>.</p>\n", exercise.IntroHtml);
        Assert.Equal([FieldKind.Text, FieldKind.Scale, FieldKind.Checklist, FieldKind.List], exercise.Fields.Select(f => f.Kind));
        Assert.Equal("Take your time.", exercise.Fields[0].Hint);
        Assert.Equal(("Not sure", "Very sure"), (exercise.Fields[1].LowLabel, exercise.Fields[1].HighLabel));
        Assert.Equal(["One", "Two"], exercise.Fields[2].Options);
        Assert.Equal(2, exercise.Fields[3].Items);
        Assert.Same(exercise, result.Catalogue.FindExercise(" 2-1 "));
    }

    [Fact]
    public void Load_StartingPointAndReflection_BecomeForms()
    {
        const string body = """
            :::starting-point
            question: How sure are you?
            low: Not at all
            high: Completely
            :::

            ## Step

            Text.

            :::reflection
            questions:
              - What stood out?
              - What next?
            :::
            """;
        using var content = new TempContent().With("a.md", TempContent.Module(body: body));

        var module = _loader.Load(content.Folder).Catalogue.Modules[0];

        var start = module.StartingPoint;
        Assert.NotNull(start);
        Assert.Equal(FieldKind.Scale, Assert.Single(start.Fields).Kind);
        var reflection = Assert.IsType<FormBlockPart>(module.Steps[0].Parts[1]);
        Assert.Equal(FormKind.Reflection, reflection.Kind);
        Assert.Equal(["q1", "q2"], reflection.Fields.Select(f => f.Id));
    }

    [Fact]
    public void Load_SupportAt_IsReadOnScalesAndTheStartingPoint()
    {
        const string body = """
            :::starting-point
            question: How hopeful do you feel?
            low: Not hopeful at all
            high: Very hopeful
            support-at: 1
            :::

            ## Step

            :::exercise
            id: mood
            code: M1
            title: Mood
            fields:
              - id: mood
                type: scale
                label: How has your mood been?
                low: Very low
                high: Very good
                support-at: 1-2
              - id: sleep
                type: scale
                label: How have you slept?
                low: Badly
                high: Well
            :::
            """;
        using var content = new TempContent().With("a.md", TempContent.Module(body: body));

        var result = _loader.Load(content.Folder);

        Assert.Empty(result.Problems);
        var module = result.Catalogue.Modules[0];
        Assert.Equal(new RatingRange(1, 1), Assert.Single(module.StartingPoint!.Fields).SupportAt);
        var exercise = module.Steps[0].Forms.Single();
        Assert.Equal([new RatingRange(1, 2), null], exercise.Fields.Select(f => f.SupportAt));
    }

    [Fact]
    public void Load_ModuleLinks_BecomeSiteUrls()
    {
        using var content = new TempContent()
            .With("a.md", TempContent.Module("first", 1, "## Step\n\nSee [next](module:second) and [its step](module:second/2) and [old](module:old-name).\n"))
            .With("b.md", TempContent.Module("second", 2, "## One\n\nText.\n\n## Two\n\nText.\n", "aliases: [old-name]"));

        var result = _loader.Load(content.Folder);

        Assert.Empty(result.Errors);
        var html = Assert.IsType<HtmlPart>(result.Catalogue.FindModule("first")!.Steps[0].Parts[0]).Html;
        Assert.Contains("href=\"/modules/second\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/modules/second/2\"", html, StringComparison.Ordinal);
        var warning = Assert.Single(result.Problems, p => p.Message.Contains("old id", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("second", result.Catalogue.ResolveAlias("old-name"));
    }

    [Fact]
    public void Load_ExternalLink_GetsNoReferrer()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "## Step\n\n[Help](https://example.org/help).\n"));

        var html = Assert.IsType<HtmlPart>(_loader.Load(content.Folder).Catalogue.Modules[0].Steps[0].Parts[0]).Html;

        Assert.Contains("<a href=\"https://example.org/help\" rel=\"noreferrer noopener\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MinutesAbsent_ComputedFromWords()
    {
        var words = string.Join(' ', Enumerable.Repeat("Word word word word word.", 90));
        using var content = new TempContent().With("a.md", TempContent.Module(body: $"## Step\n\n{words}\n"));

        var module = _loader.Load(content.Folder).Catalogue.Modules[0];

        Assert.Equal(3, module.Steps[0].Minutes);
        Assert.Equal(3, module.Minutes);
    }

    [Fact]
    public void Load_MinutesInFrontMatter_Wins()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(extraFrontMatter: "minutes: 25"));

        Assert.Equal(25, _loader.Load(content.Folder).Catalogue.Modules[0].Minutes);
    }

    [Fact]
    public void Load_Modules_AreInOrder()
    {
        using var content = new TempContent()
            .With("a.md", TempContent.Module("later", 5))
            .With("b.md", TempContent.Module("sooner", 2));

        var catalogue = _loader.Load(content.Folder).Catalogue;

        Assert.Equal(["sooner", "later"], catalogue.Modules.Select(m => m.Id));
        Assert.Equal("later", catalogue.NextModule(catalogue.Modules[0])?.Id);
        Assert.Null(catalogue.NextModule(catalogue.Modules[1]));
    }

    [Fact]
    public void Load_MinutesAbsent_CountsIntroductionWords()
    {
        var words = string.Join(' ', Enumerable.Repeat("Word word word word word.", 60));
        using var content = new TempContent().With("a.md", TempContent.Module(body: $"{words}\n\n## Step\n\n{words}\n"));

        var module = _loader.Load(content.Folder).Catalogue.Modules[0];

        Assert.Equal(2, module.Steps[0].Minutes);
        Assert.Equal(4, module.Minutes);
    }

    [Fact]
    public void Load_Autolink_GetsNoReferrer()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "## Step\n\nSee <https://example.org/help>.\n"));

        var html = Assert.IsType<HtmlPart>(_loader.Load(content.Folder).Catalogue.Modules[0].Steps[0].Parts[0]).Html;

        Assert.Contains("<a href=\"https://example.org/help\" rel=\"noreferrer noopener\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ErrorInFrontMatter_StillChecksTheBody()
    {
        using var content = new TempContent().With("a.md", TempContent.Module(body: "## Step\n\nSee [x](module:nowhere).\n", extraFrontMatter: "aliases: [Not_Valid]"));

        var result = _loader.Load(content.Folder);

        Assert.Equal(["The alias 'Not_Valid' is not a valid id.", "The link 'module:nowhere' points to a module that does not exist."], result.Errors.Select(e => e.Message));
        Assert.Empty(result.Catalogue.Modules);
    }

    [Fact]
    public void Load_NestedCallout_ClosesInnerFirstAndKeepsTheRestOfTheFile()
    {
        const string body = """
            ## One

            :::tip
            Outer.
            :::important
            Inner.
            :::
            Still outer.
            :::

            ## Two

            Text.
            """;
        using var content = new TempContent().With("a.md", TempContent.Module(body: body));

        var result = _loader.Load(content.Folder);

        var error = Assert.Single(result.Errors);
        Assert.Contains("':::important' block is inside another block", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OneModuleWithErrors_OthersStillLoad()
    {
        using var content = new TempContent()
            .With("a.md", TempContent.Module("good", 1))
            .With("b.md", TempContent.Module("bad", 2, "No steps here.\n"));

        var result = _loader.Load(content.Folder);

        Assert.True(result.HasErrors);
        Assert.Equal(["good"], result.Catalogue.Modules.Select(m => m.Id));
    }

    [Fact]
    public void Load_ProblemsAreInFileAndLineOrder()
    {
        using var content = new TempContent()
            .With("b.md", TempContent.Module("second", 2, "## Step\n\n[x](http://example.org) [y](module:none)\n\n## Empty\n"))
            .With("a.md", TempContent.Module("first", 1, "## Step\n\n[x](other.md)\n"));

        var problems = _loader.Load(content.Folder).Problems;

        Assert.Equal(problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line), problems);
        Assert.Equal("en/modules/a.md", problems[0].Path);
    }

    [Fact]
    public void Load_ManyModules_IsTheSameOnEveryLoad()
    {
        // Files are parsed and modules built in parallel: the result must not depend on which thread finished first.
        using var content = new TempContent();
        for (var i = 1; i <= 60; i++)
        {
            var body = i % 3 == 0 ? "## Step\n\n[x](module:missing)\n\n## Empty\n" : $"## Step {i}\n\nSome text for module {i}.\n";
            content.With($"{i:00}-m.md", TempContent.Module($"m{i}", 61 - i, body));
        }

        var first = _loader.Load(content.Folder);
        var second = _loader.Load(content.Folder);

        Assert.Equal(40, first.Catalogue.Modules.Length);
        Assert.Equal(Enumerable.Range(1, 60).Where(i => i % 3 != 0).Reverse().Select(i => $"m{i}"), first.Catalogue.Modules.Select(m => m.Id));
        Assert.Equal(first.Problems.Select(p => p.ToString()), second.Problems.Select(p => p.ToString()));
        Assert.Equal(first.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line), first.Problems);
        Assert.Equal(20, first.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.Path).Distinct().Count());
    }
}
