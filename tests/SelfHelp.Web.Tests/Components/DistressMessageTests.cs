using Bunit;
using SelfHelp.Content.Distress;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.Components;
using SelfHelp.Web.Safety;

namespace SelfHelp.Web.Tests.Components;

public sealed class DistressMessageTests : ComponentTestContext
{
    // Monday 10:00 and Sunday 20:00 in London (UTC in December): the specialist line is open, then closed.
    private static readonly DateTimeOffset MondayMorning = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SundayEvening = new(2026, 12, 6, 20, 0, 0, TimeSpan.Zero);

    private static RegionHelplines Support(DateTimeOffset now) => new(
        new HelplineDirectory([], []),
        new Region("gb", "United Kingdom") { TimeZone = TestHelplines.London },
        null,
        [TestHelplines.Specialist(), TestHelplines.Crisis(), TestHelplines.Emergency()],
        new HelplineClock(now, TestHelplines.London));

    private IRenderedComponent<DistressMessage> RenderFor(DistressKind kind, DateTimeOffset now) =>
        Render<DistressMessage>(p => p.Add(x => x.Result, DistressResult.Of([kind])).Add(x => x.Support, Support(now)));

    [Theory]
    [InlineData(DistressKind.Suicide)]
    [InlineData(DistressKind.SelfHarm)]
    public void Render_Crisis_GivesTheCrisisLineOpenNowThenTheEmergencyNumber(DistressKind kind)
    {
        var cut = RenderFor(kind, SundayEvening);

        Assert.Equal("You do not have to face this alone", cut.Find("h2").TextContent);
        Assert.Equal(cut.Find("h2").Id, cut.Find("#support").GetAttribute("aria-labelledby"));
        Assert.Equal(["tel:116123", "tel:999"], cut.FindAll(".distress__contacts a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Open now, 24 hours", cut.Find("[data-support=crisis] .helpline-status").TextContent);
        Assert.StartsWith("What you wrote sounds like", cut.Find("h2 + p").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".distress__steps"));
    }

    [Fact]
    public void Render_ExtremeRating_SaysItWasTheAnswerAndAddsTheSpecialistLine()
    {
        var cut = RenderFor(DistressKind.ExtremeRating, MondayMorning);

        Assert.StartsWith("Your answer says things are very hard", cut.Find("h2 + p").TextContent, StringComparison.Ordinal);
        Assert.Equal(["tel:116123", "tel:999", "tel:+448081000900"], cut.FindAll(".distress__contacts a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Should be open now, until 21:00", cut.Find("[data-support=specialist] .helpline-status").TextContent);
    }

    [Fact]
    public void Render_ChildAtRisk_LeadsWithTheEmergencyNumberThenTheNextHour()
    {
        var cut = RenderFor(DistressKind.ChildAtRisk, MondayMorning);

        Assert.Equal("If a child is in danger now, call 999", cut.Find("h2").TextContent);
        Assert.Equal("tel:999", cut.Find("a").GetAttribute("href"));
        var steps = cut.FindAll(".distress__steps > li");
        Assert.Equal(4, steps.Count);
        Assert.Contains("not alone with the child", steps[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:+448081000900", steps[3].QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("Monday to Thursday 09:00 to 21:00; Friday 09:00 to 17:00", cut.Find(".distress__hours").TextContent, StringComparison.Ordinal);

        // Open now: no need to send them elsewhere.
        Assert.Empty(cut.FindAll("[data-support=crisis]"));
    }

    [Fact]
    public void Render_ChildAtRiskWhenTheSpecialistLineIsClosed_OffersTheCrisisLine()
    {
        var cut = RenderFor(DistressKind.ChildAtRisk, SundayEvening);

        Assert.Equal("Probably closed now. Usually opens tomorrow at 09:00", cut.Find("[data-support=specialist] .helpline-status").TextContent);
        Assert.Equal("tel:116123", cut.Find("[data-support=crisis] a").GetAttribute("href"));
    }

    [Fact]
    public void Render_BothKinds_HasOneHeadingAndBothParts()
    {
        var cut = Render<DistressMessage>(p => p
            .Add(x => x.Result, DistressResult.Of([DistressKind.Suicide, DistressKind.ChildAtRisk]))
            .Add(x => x.Support, Support(MondayMorning)));

        Assert.Single(cut.FindAll("h2"));
        Assert.Single(cut.FindAll(".distress__steps"));
        Assert.Single(cut.FindAll(".distress__contacts"));
    }

    [Fact]
    public void Render_NeverShamesOrNamesWhatWasWritten()
    {
        foreach (var kind in Enum.GetValues<DistressKind>())
        {
            var text = RenderFor(kind, MondayMorning).Find("#support").TextContent;

            Assert.DoesNotContain("offender", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("paedophile", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("not recorded anywhere", text, StringComparison.Ordinal);
        }
    }
}
