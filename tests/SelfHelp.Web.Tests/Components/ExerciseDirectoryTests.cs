using Bunit;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Components;

namespace SelfHelp.Web.Tests.Components;

public sealed class ExerciseDirectoryTests : ComponentTestContext
{
    private static Module Module(string id, string title) =>
        new(id, title, $"Summary {id}", 1, 12, Intensity.Low, [], [], [], [new Step(1, "s", "S", 1, [])], $"{id}.md");

    private static FormBlockPart Exercise(string code, string title, int minutes) =>
        new(FormKind.Exercise, $"exercise-{code}", code, title, null, minutes, []);

    [Fact]
    public void Render_Modules_OneSectionPerModuleWithCodeLinksMinutesAndSheets()
    {
        var cut = Render<ExerciseDirectory>(p => p.Add(x => x.Modules,
        [
            (Module("first", "First module"), [Exercise("1.1", "Why change", 5), Exercise("1.2", "My reasons", 10)]),
            (Module("second", "Second module"), [Exercise("2.1", "Thinking traps", 8)]),
        ]));

        var sections = cut.FindAll("section.exercise-directory__module");
        Assert.Equal(2, sections.Count);
        Assert.Equal("directory-first", sections[0].GetAttribute("aria-labelledby"));
        Assert.Equal("First module", cut.Find("#directory-first").TextContent.Trim());
        var first = sections[0].QuerySelectorAll("li")[0];
        Assert.Equal("/e/1.1", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("1.1", first.QuerySelector(".exercise-directory__code")!.TextContent.Trim());
        Assert.Equal("About 5 min", first.QuerySelector(".exercise-directory__minutes")!.TextContent.Trim());
        var sheet = first.QuerySelector("a.exercise-directory__sheet")!;
        Assert.Equal("/exercises/1.1/sheet", sheet.GetAttribute("href"));
        Assert.Contains("1.1", sheet.GetAttribute("aria-label"));
        Assert.Contains("Why change", sheet.GetAttribute("aria-label"));
        Assert.Equal(["/e/1.1", "/e/1.2", "/e/2.1"], cut.FindAll("a:not(.exercise-directory__sheet)").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Render_NoModules_AnEmptyDirectory()
    {
        var cut = Render<ExerciseDirectory>(p => p.Add(x => x.Modules, []));

        Assert.Empty(cut.FindAll("section"));
    }
}
