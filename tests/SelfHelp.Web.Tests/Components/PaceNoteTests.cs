using Bunit;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.Components;
using SelfHelp.Web.Safety;

namespace SelfHelp.Web.Tests.Components;

public sealed class PaceNoteTests : ComponentTestContext
{
    private static readonly Helpline StopItNow = TestHelplines.Line("Stop It Now", HelplinePurpose.OwnBehaviour, "0808 1000 900", "tel:08081000900");

    // The note offers the specialist line only, not the region's crisis line.
    private static readonly RegionHelplines Support = new(
        new HelplineDirectory([], []), null, null, [TestHelplines.Crisis(), StopItNow], new HelplineClock(DateTimeOffset.UnixEpoch, TestHelplines.London));

    [Fact]
    public void Render_SaysHowManyAndOffersTipsAndAHelpline()
    {
        var cut = Render<PaceNote>(p => p.Add(x => x.Finished, 4).Add(x => x.Support, Support));

        var section = cut.Find("section.pace-note");
        Assert.Equal("pace-note-title", section.GetAttribute("aria-labelledby"));
        Assert.Equal("You have done a lot today", cut.Find("#pace-note-title").TextContent);
        Assert.Contains("You have finished 4 modules today.", section.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, cut.FindAll("li").Count);
        Assert.Equal(["tel:08081000900"], cut.FindAll("a[href^='tel:']").Select(a => a.GetAttribute("href")));
        Assert.Null(section.GetAttribute("role"));
    }

    [Fact]
    public void Render_WithoutAHelpline_StillRenders()
    {
        var cut = Render<PaceNote>(p => p.Add(x => x.Finished, 3));

        Assert.Empty(cut.FindAll("a"));
        Assert.Contains("Your progress is saved", cut.Markup, StringComparison.Ordinal);
    }
}
