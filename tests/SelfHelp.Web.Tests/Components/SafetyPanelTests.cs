using Bunit;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.Components;
using SelfHelp.Web.Safety;

namespace SelfHelp.Web.Tests.Components;

public sealed class SafetyPanelTests : ComponentTestContext
{
    private static Helpline Line(string name, HelplinePurpose purpose, string? phone, string? href, string? web = null) =>
        TestHelplines.Line(name, purpose, phone, href, web);

    private static RegionHelplines Support(Region? region, params Helpline[] lines) =>
        new(new HelplineDirectory([], []), region, null, lines, new HelplineClock(DateTimeOffset.UnixEpoch, TestHelplines.London));

    [Fact]
    public void Render_ThreeLines_AsTelephoneLinksWithWhatEachIsFor()
    {
        // The lines come in any order: the panel shows each by what it is for.
        var cut = Render<SafetyPanel>(p => p.Add(x => x.Support, Support(
            new Region("gb", "United Kingdom"),
            Line("Emergency services", HelplinePurpose.Emergency, "999", "tel:999"),
            Line("Samaritans", HelplinePurpose.Crisis, "116 123", "tel:116123"),
            Line("Stop It Now", HelplinePurpose.OwnBehaviour, "0808 1000 900", "tel:+448081000900"))));

        var links = cut.FindAll("a[href^='tel:']");
        Assert.Equal(["tel:+448081000900", "tel:116123", "tel:999"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("Stop It Now 0808 1000 900", string.Join(' ', links[0].TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("Need to talk to someone?", cut.Find("h2").TextContent.Trim());
        Assert.Equal(cut.Find("h2").Id, cut.Find("section").GetAttribute("aria-labelledby"));
        Assert.Contains("United Kingdom", cut.Find(".safety__region").TextContent, StringComparison.Ordinal);
        Assert.Equal("/help", cut.Find(".safety__more a").GetAttribute("href"));
    }

    [Fact]
    public void Render_LineWithoutPhone_LinksToItsWebsiteWithoutReferrer()
    {
        var cut = Render<SafetyPanel>(p => p.Add(x => x.Support, Support(
            null, Line("Kein Täter werden", HelplinePurpose.OwnBehaviour, null, null, "https://www.kein-taeter-werden.de"))));

        var link = cut.Find(".safety__item a");
        Assert.Equal("https://www.kein-taeter-werden.de", link.GetAttribute("href"));
        Assert.Equal("noreferrer noopener", link.GetAttribute("rel"));
        Assert.Empty(cut.FindAll(".safety__region"));
    }

    [Fact]
    public void Render_NoHelplines_StillLinksToTheHelpPage()
    {
        var cut = Render<SafetyPanel>();

        Assert.Empty(cut.FindAll(".safety__item"));
        Assert.Equal("/help", cut.Find(".safety__more a").GetAttribute("href"));
    }
}
