using Bunit;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.Components;
using SelfHelp.Web.Safety;

namespace SelfHelp.Web.Tests.Components;

public sealed class HelplineListTests : ComponentTestContext
{
    private static readonly HelplineClock MondayMorning = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero), TestHelplines.London);

    [Fact]
    public void Render_Service_ShowsCallStatusHoursLanguagesAndWhatItPassesOn()
    {
        var directory = new HelplineDirectory([], [], new Dictionary<string, string> { ["en"] = "English", ["cy"] = "Welsh" });

        var cut = Render<HelplineList>(p => p.Add(x => x.Helplines, [TestHelplines.Specialist()]).Add(x => x.Clock, MondayMorning).Add(x => x.Directory, directory));

        Assert.Equal("tel:+448081000900", cut.Find("a.helpline__call").GetAttribute("href"));
        Assert.Equal("Should be open now, until 21:00", cut.Find(".helpline-status").TextContent);
        Assert.Equal("Hours: Monday to Thursday 09:00 to 21:00; Friday 09:00 to 17:00", cut.Find(".helpline__hours").TextContent);
        Assert.Contains("check them on their website", cut.Find(".helpline__hours--unconfirmed").TextContent, StringComparison.Ordinal);
        Assert.Equal("Languages: English, Welsh", cut.Find(".helpline__languages").TextContent);
        Assert.Equal("What they may pass on: They pass on details of a child at risk.", cut.Find(".helpline__confidentiality").TextContent);
    }

    [Fact]
    public void Render_VerifiedHours_AreNotHedged()
    {
        var cut = Render<HelplineList>(p => p.Add(x => x.Helplines, [TestHelplines.Specialist(hoursVerified: true)]).Add(x => x.Clock, MondayMorning));

        Assert.Equal("Open now, until 21:00", cut.Find(".helpline-status").TextContent);
        Assert.Empty(cut.FindAll(".helpline__hours--unconfirmed"));
    }

    [Fact]
    public void Render_ChatOnAnOutsidePlatform_SaysSoBeforeTheLinkIsUsed()
    {
        var line = TestHelplines.Specialist() with { Chat = "https://example.org/contact", ChatPlatform = "Facebook Messenger", Email = "help@example.org", EmailHref = "mailto:help@example.org" };

        var cut = Render<HelplineList>(p => p.Add(x => x.Helplines, [line]));

        var chat = cut.Find("a[href='https://example.org/contact']");
        Assert.Equal("noreferrer noopener", chat.GetAttribute("rel"));
        Assert.Contains("runs on Facebook Messenger, not on their own website", cut.Find(".helpline__warning").TextContent, StringComparison.Ordinal);
        Assert.Equal("Email help@example.org", cut.Find("a[href='mailto:help@example.org']").TextContent);
        Assert.Empty(cut.FindAll(".helpline-status"));
    }

    [Fact]
    public void Render_UnknownHours_SaysNothingAboutOpening()
    {
        var cut = Render<HelplineList>(p => p.Add(x => x.Helplines, [TestHelplines.Line("X", HelplinePurpose.OwnBehaviour, "0800 1", "tel:08001")]).Add(x => x.Clock, MondayMorning));

        Assert.Empty(cut.FindAll(".helpline-status"));
        Assert.Empty(cut.FindAll(".helpline__hours"));
    }
}
