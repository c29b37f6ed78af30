using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Loading;

namespace SelfHelp.Content.Tests.Fixtures;

/// <summary>Fixtures/valid/en uses every feature an editor has; it must load without a single problem.</summary>
public class ValidContentTests
{
    private static readonly string ValidFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "valid", "en");

    private readonly ContentLoadResult _result = new ContentLoader().Load(ValidFolder);

    [Fact]
    public void Load_ValidFixture_HasNoProblems()
    {
        Assert.True(_result.Problems.IsEmpty, string.Join(Environment.NewLine, _result.Problems));
        Assert.Equal(["getting-started", "next-steps"], _result.Catalogue.Modules.Select(m => m.Id));
    }

    [Fact]
    public void Load_ValidFixture_ReadsFrontMatter()
    {
        var next = _result.Catalogue.FindModule("next-steps")!;

        Assert.Equal(25, next.Minutes);
        Assert.Equal(Intensity.Medium, next.Intensity);
        Assert.Equal(["Make a plan"], next.Objectives);
        Assert.Equal("next-steps", _result.Catalogue.ResolveAlias("planning"));
        Assert.Equal("next-steps", _result.Catalogue.ResolveAlias("old-next-steps"));
    }

    [Fact]
    public void Load_ValidFixture_ReadsEveryFormKind()
    {
        var module = _result.Catalogue.FindModule("getting-started")!;

        Assert.Equal([FormKind.StartingPoint, FormKind.Exercise, FormKind.Reflection], module.Forms.Select(f => f.Kind));
        Assert.Equal("There is no right answer.", module.StartingPoint!.Fields[0].Hint);
        var exercise = module.Forms.Single(f => f.Kind == FormKind.Exercise);
        Assert.Equal([FieldKind.Text, FieldKind.Scale, FieldKind.Checklist, FieldKind.List], exercise.Fields.Select(f => f.Kind));
        Assert.Equal(10, exercise.Minutes);
        Assert.Equal(2, exercise.StepNumber);
        Assert.Same(exercise, _result.Catalogue.FindExercise("1-1"));
        Assert.Same(_result.Catalogue.FindModule("next-steps")!.Forms.Single(), _result.Catalogue.FindExercise("r2"));
        var reflection = module.Forms.Single(f => f.Kind == FormKind.Reflection);
        Assert.Equal("Looking back", reflection.Title);
        Assert.Equal(["What stood out for you?", "What will you do next?"], reflection.Fields.Select(f => f.Label));
    }

    [Fact]
    public void Load_ValidFixture_RewritesModuleLinksEverywhere()
    {
        var module = _result.Catalogue.FindModule("getting-started")!;
        var exercise = module.Forms.Single(f => f.Kind == FormKind.Exercise);
        var reflection = module.Forms.Single(f => f.Kind == FormKind.Reflection);
        var next = Html(_result.Catalogue.FindModule("next-steps")!.Steps[0]);

        Assert.Contains("href=\"/modules/next-steps\"", exercise.IntroHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/modules/getting-started/1\"", reflection.IntroHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/modules/getting-started\"", next, StringComparison.Ordinal);
        Assert.Contains("href=\"/modules/getting-started/1\"", next, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidFixture_RendersCalloutsHeadingsAndLinks()
    {
        var steps = _result.Catalogue.FindModule("getting-started")!.Steps;
        var first = Html(steps[0]);
        var second = Html(steps[1]);

        Assert.Contains("<h2>Taking breaks</h2>", first, StringComparison.Ordinal);
        Assert.Contains("<p class=\"callout__title\">Tip</p>", first, StringComparison.Ordinal);
        Assert.Contains("<p class=\"callout__title\">Before you start</p>", first, StringComparison.Ordinal);
        Assert.Contains("callout--important", first, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:08081000900\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:help@example.org\"", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.example.org/help\" rel=\"noreferrer noopener\">", second, StringComparison.Ordinal);
        Assert.Contains("href=\"#your-first-exercise\"", second, StringComparison.Ordinal);
    }

    private static string Html(Step step) => string.Concat(step.Parts.OfType<HtmlPart>().Select(p => p.Html));
}
