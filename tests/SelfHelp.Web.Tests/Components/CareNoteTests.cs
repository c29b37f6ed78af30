using Bunit;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.Components;
using SelfHelp.Web.Safety;

namespace SelfHelp.Web.Tests.Components;

public sealed class CareNoteTests : ComponentTestContext
{
    // Monday 10:00 in London (UTC in December): the specialist line is open.
    private static readonly DateTimeOffset MondayMorning = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static RegionHelplines Support(params Helpline[] lines) =>
        new(new HelplineDirectory([], []), new Region("gb", "United Kingdom"), null, lines, new HelplineClock(MondayMorning, TestHelplines.London));

    [Fact]
    public void Render_RegionWithBothLines_BreakFirstThenSpecialistAndCrisisWithOpenNow()
    {
        var cut = Render<CareNote>(p => p
            .Add(x => x.BreakUrl, "/modules/real-children/2/break")
            .Add(x => x.Support, Support(TestHelplines.Emergency(), TestHelplines.Crisis(), TestHelplines.Specialist())));

        var note = cut.Find(".care-note");
        Assert.Equal("note", note.GetAttribute("role"));
        Assert.Equal("care-note-title", note.GetAttribute("aria-labelledby"));
        var links = cut.FindAll("a");
        Assert.Equal("/modules/real-children/2/break", links[0].GetAttribute("href"));
        Assert.Equal(["tel:+448081000900", "tel:116123"], cut.FindAll(".care-note__contacts a[href^='tel:']").Select(a => a.GetAttribute("href")));
        var statuses = cut.FindAll(".care-note__contacts .helpline-status");
        Assert.Equal(2, statuses.Count);
        Assert.All(statuses, s => Assert.Contains("open now", s.TextContent, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Render_NoRegionLines_OnlyTheBreak()
    {
        var cut = Render<CareNote>(p => p.Add(x => x.BreakUrl, "/modules/a/1/break").Add(x => x.Support, Support()));

        Assert.Empty(cut.FindAll(".care-note__contacts"));
        Assert.Equal("/modules/a/1/break", cut.Find("a.care-note__break").GetAttribute("href"));
    }
}
