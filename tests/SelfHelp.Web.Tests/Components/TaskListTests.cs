using Bunit;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Components;

namespace SelfHelp.Web.Tests.Components;

public sealed class TaskListTests : ComponentTestContext
{
    private static Module Module(string id, Intensity intensity) =>
        new(id, $"Title {id}", $"Summary {id}", 1, 12, intensity, [], [], [], [new Step(1, "s", "S", 1, [])], $"{id}.md");

    [Fact]
    public void Render_Modules_OneItemEachWithLinkSummaryAndFacts()
    {
        var cut = Render<TaskList>(p => p.Add(x => x.Modules, [Module("a", Intensity.Low), Module("b", Intensity.High)]));

        var items = cut.FindAll("ol.task-list > li");
        Assert.Equal(2, items.Count);
        var link = items[0].QuerySelector("a.task-list__link")!;
        Assert.Equal("/modules/a", link.GetAttribute("href"));
        Assert.Equal("Summary a", cut.Find($"#{link.GetAttribute("aria-describedby")}").TextContent.Trim());
        Assert.Equal("About 12 min", items[0].QuerySelector(".facts__minutes")!.TextContent.Trim());
        Assert.Equal("Hard content", items[1].QuerySelector(".tag--high")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(2, "h2")]
    [InlineData(3, "h3")]
    public void Render_HeadingLevel_TitlesUseThatHeading(int level, string heading)
    {
        var cut = Render<TaskList>(p => p.Add(x => x.Modules, [Module("a", Intensity.Low)]).Add(x => x.HeadingLevel, level));

        Assert.Equal(heading, cut.Find(".task-list__title").LocalName);
        Assert.Equal("/modules/a", cut.Find($"{heading}.task-list__title > a").GetAttribute("href"));
    }
}
