using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Pages.Help;

/// <summary>
/// /help for a frightened person on a phone, on the bundled helplines, at fixed clock times. London is UTC+0 in
/// December; 7 December 2026 is a Monday.
/// </summary>
public sealed class HelpPageTests : IDisposable
{
    private static readonly DateTimeOffset MondayMorning = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly TestClock _clock = new(MondayMorning);
    private readonly SelfHelpFactory _site;

    public HelpPageTests()
    {
        _site = new SelfHelpFactory(Paths.BundledContent, services: s => s.AddSingleton<TimeProvider>(_clock));
    }

    public void Dispose() => _site.Dispose();

    private HttpClient NewBrowser() => _site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Get_Help_StartsWithTheRegionsThreeLinesAndWhetherEachIsOpen()
    {
        var page = await NewBrowser().GetDocumentAsync("/help");

        var main = page.Single("main");
        var first = main.QuerySelector("a[href^='tel:']")!;
        Assert.Equal("talk-now", first.Closest("section")?.QuerySelector("h2")?.Id);
        var items = page.QuerySelectorAll("#talk-now ~ ul .helpline-summary__item");
        Assert.Equal(["tel:+448081000900", "tel:116123", "tel:999"], items.Select(i => i.QuerySelector("a")?.GetAttribute("href")));
        Assert.Equal(["Should be open now, until 21:00", "Open now, 24 hours", null], items.Select(i => i.QuerySelector(".helpline-status")?.TextContent));
        Assert.Equal("Not in United Kingdom? Change country", page.Single(".help-region a").TextContent);
    }

    [Theory]
    [InlineData("2026-12-07T08:59:00Z", "Probably closed now. Usually opens today at 09:00")]
    [InlineData("2026-12-07T20:59:00Z", "Should be open now, until 21:00")]
    [InlineData("2026-12-04T17:30:00Z", "Probably closed now. Usually opens on Monday at 09:00")]
    [InlineData("2026-12-06T23:00:00Z", "Probably closed now. Usually opens tomorrow at 09:00")]
    [InlineData("2026-07-06T08:30:00Z", "Should be open now, until 21:00")]
    public async Task Get_Help_SaysWhetherTheSpecialistLineIsOpenAtThatTime(string now, string status)
    {
        _clock.Now = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);

        var page = await NewBrowser().GetDocumentAsync("/help");

        Assert.Equal(status, page.Single("[data-purpose=OwnBehaviour] .helpline-status").TextContent);
        Assert.Equal(status, page.Single("#helpline-stop-it-now-uk .helpline-status").TextContent);
    }

    [Fact]
    public async Task Get_Help_ListsEveryLocalServiceWithItsLimitsAndHours()
    {
        var page = await NewBrowser().GetDocumentAsync("/help");

        var stopItNow = page.Single("#helpline-stop-it-now-uk");
        Assert.Equal("tel:+448081000900", stopItNow.Single("a.helpline__call").GetAttribute("href"));
        Assert.Contains("Monday to Thursday 09:00 to 21:00; Friday 09:00 to 17:00", stopItNow.QuerySelector(".helpline__hours")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("check them on their website", stopItNow.Single(".helpline__hours--unconfirmed").TextContent, StringComparison.Ordinal);
        Assert.Contains("any criminal offence", stopItNow.Single(".helpline__confidentiality").TextContent, StringComparison.Ordinal);
        Assert.Equal("Languages: English, Welsh", stopItNow.Single(".helpline__languages").TextContent);
        Assert.Equal("Chat online or send a secure email to Stop It Now UK and Ireland", stopItNow.Single("a[href='https://www.stopitnow.org.uk/helpline/']").TextContent);
        var samaritans = page.Single("#helpline-samaritans");
        Assert.Equal("mailto:jo@samaritans.org", samaritans.Single("a[href^='mailto:']").GetAttribute("href"));
        Assert.Equal("Hours: 24 hours, every day", samaritans.Single(".helpline__hours").TextContent.Trim());
        Assert.Contains("Do not give details that identify you", page.Single("main").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Help_FoldsOtherCountriesAway()
    {
        var page = await NewBrowser().GetDocumentAsync("/help");

        var folded = page.QuerySelectorAll("details.other-region");
        Assert.Equal(["Ireland", "United States", "Netherlands", "Belgium", "Germany", "Finland"], folded.Select(d => d.Single("summary").TextContent));
        Assert.All(folded, d => Assert.Null(d.GetAttribute("open")));
        Assert.NotNull(folded[2].QuerySelector("a[href='tel:+318000113']"));
        Assert.Empty(page.QuerySelectorAll("main h3"));
    }

    [Fact]
    public async Task Get_Help_WhenALineIsClosedPointsToTheCrisisLineChatEmailAndEmergency()
    {
        var page = await NewBrowser().GetDocumentAsync("/help");

        var closed = page.Single(".help-closed");
        Assert.Equal(["tel:116123", "tel:999"], closed.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("call Samaritans, open all day, every day", closed.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BelgiumInFrench_ShowsTheFrenchServicesAndFoldsTheDutchOnes()
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync("/help", ("region", "be-fr"));

        Assert.Equal("/help?changed=1#helplines", response.Headers.Location?.OriginalString);
        var page = await client.GetDocumentAsync("/help");
        Assert.Equal("be-fr", page.Single("#region option[selected]").GetAttribute("value"));
        Assert.Equal("All helplines in Belgium (French)", page.Single("#helplines").TextContent);
        Assert.Equal(["tel:+3280014112", "tel:+3280032123", "tel:112"], page.QuerySelectorAll(".helpline-summary a").Select(a => a.GetAttribute("href")));
        var dutch = page.QuerySelectorAll("details.other-region")[0];
        Assert.Equal("Belgium: Dutch", dutch.Single("summary").TextContent);
        Assert.NotNull(dutch.QuerySelector("a[href='tel:1813']"));
        Assert.Contains("runs on Facebook, Messenger, Instagram and LinkedIn", page.Single("#helpline-stop-it-now-bruxelles").TextContent, StringComparison.Ordinal);
        Assert.Equal("Numbers for Belgium.", page.Single("#safety .safety__region").TextContent);
        Assert.Equal("tel:+3280032123", page.Single("#safety [href='tel:+3280032123']").GetAttribute("href"));
    }

    [Fact]
    public async Task Post_BelgiumWithoutALanguage_ChoosesItsFirstLanguage()
    {
        var client = NewBrowser();

        await client.PostFormAsync("/help", ("region", "be"));

        var page = await client.GetDocumentAsync("/help");
        Assert.Equal("be-nl", page.Single("#region option[selected]").GetAttribute("value"));
        Assert.Equal("tel:1813", page.QuerySelectorAll(".helpline-summary a")[1].GetAttribute("href"));
    }

    [Theory]
    [InlineData("be-de")]
    [InlineData("gb-en")]
    [InlineData("zz")]
    [InlineData("")]
    [InlineData("be-fr-fr-fr-fr-fr")]
    public async Task Post_ChoiceNotOffered_ChangesNothing(string choice)
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync("/help", ("region", choice));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("gb", (await client.GetDocumentAsync("/help")).Single("#region option[selected]").GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Help_OffersEachLanguageOfARegionAsAChoice()
    {
        var page = await NewBrowser().GetDocumentAsync("/help");

        var options = page.QuerySelectorAll("#region option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Contains(("be-nl", "Belgium (Dutch)"), options);
        Assert.Contains(("be-fr", "Belgium (French)"), options);
        Assert.DoesNotContain(options, o => o.Item1 == "be");
    }
}
