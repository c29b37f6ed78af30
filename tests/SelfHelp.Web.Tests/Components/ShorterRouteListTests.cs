using Bunit;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Components;

namespace SelfHelp.Web.Tests.Components;

public sealed class ShorterRouteListTests : ComponentTestContext
{
    private static Module Module(string id, int minutes) =>
        new(id, $"Title {id}", $"Summary {id}", 1, minutes, Intensity.Low, [], [], [], [new Step(1, "s", "S", 1, [])], $"{id}.md");

    [Fact]
    public void Render_ListsTheModulesInOrderWithMinutesAndATotal()
    {
        var cut = Render<ShorterRouteList>(p => p.Add(x => x.Title, "A shorter way through").Add(x => x.Intro, "Start here.").Add(x => x.Modules, [Module("b", 20), Module("a", 15)]));

        var section = cut.Find("section[data-test=shorter-route]");
        Assert.Equal("shorter-route-title", section.GetAttribute("aria-labelledby"));
        Assert.Equal("A shorter way through", cut.Find("#shorter-route-title").TextContent);
        Assert.Equal("Start here.", cut.Find("h2 + p").TextContent);
        Assert.Equal(["/modules/b", "/modules/a"], cut.FindAll("ol > li > a").Select(a => a.GetAttribute("href")));
        Assert.Equal("(About 20 min)", cut.FindAll(".shorter-route__minutes")[0].TextContent);
        Assert.Equal("2 modules, about 35 minutes of reading in all. Spread them over a week or two.", cut.Find(".shorter-route__total").TextContent);
    }

    [Fact]
    public void Render_WithoutIntro_HasNoEmptyParagraph()
    {
        var cut = Render<ShorterRouteList>(p => p.Add(x => x.Title, "Short").Add(x => x.Modules, [Module("a", 10)]));

        Assert.Single(cut.FindAll("p"));
    }
}
