using Bunit;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.Components;
using SelfHelp.Web.Safety;

namespace SelfHelp.Web.Tests.Components;

public sealed class HelplineSummaryTests : ComponentTestContext
{
    [Fact]
    public void Render_TheRegionsThreeLines_InOrderWithWhatEachIsForAndWhetherOpen()
    {
        var support = new RegionHelplines(
            new HelplineDirectory([], []),
            null,
            null,
            [TestHelplines.Emergency(), TestHelplines.Crisis(), TestHelplines.Specialist()],
            new HelplineClock(new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.Zero), TestHelplines.London));

        var cut = Render<HelplineSummary>(p => p.Add(x => x.Support, support).Add(x => x.Heading, "Talk to someone now").Add(x => x.Intro, "Hello."));

        Assert.Equal("talk-now", cut.Find("section").GetAttribute("aria-labelledby"));
        Assert.Equal("Talk to someone now", cut.Find("h2#talk-now").TextContent);
        Assert.Equal("Hello.", cut.Find("h2 + p").TextContent);
        Assert.Equal(["tel:+448081000900", "tel:116123", "tel:999"], cut.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Probably closed now. Usually opens tomorrow at 09:00", "Open now, 24 hours"], cut.FindAll(".helpline-status").Select(s => s.TextContent));
        Assert.Equal("Worried about your thoughts or behaviour:", cut.Find(".helpline-summary__for").TextContent);
    }
}
