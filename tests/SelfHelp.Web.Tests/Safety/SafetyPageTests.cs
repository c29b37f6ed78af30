using System.Net;

namespace SelfHelp.Web.Tests.Safety;

public sealed class SafetyPageTests : IClassFixture<BundledSite>
{
    private readonly BundledSite _site;

    public SafetyPageTests(BundledSite site)
    {
        _site = site;
    }

    private HttpClient NewBrowser() => _site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Get_Help_ListsDefaultRegionFirstThenOtherRegions()
    {
        var page = await NewBrowser().GetDocumentAsync("/help");

        Assert.Equal("All helplines in United Kingdom", page.Single("#helplines").TextContent.Trim());
        Assert.Contains("0808 1000 900", page.QuerySelectorAll("ul.helplines")[0].TextContent, StringComparison.Ordinal);
        var others = page.QuerySelectorAll("main details summary").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Ireland", others);
        Assert.Contains("United States", others);
        Assert.DoesNotContain("United Kingdom", others);
        Assert.Equal("gb", page.Single("#region option[selected]").GetAttribute("value"));
    }

    [Fact]
    public async Task Post_Region_IsKeptInTheCookieAndChangesThePanel()
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync("/help", ("region", "us"));

        Assert.Equal("/help?changed=1#helplines", response.Headers.Location?.OriginalString);
        var page = await client.GetDocumentAsync("/modules");
        var tel = page.QuerySelectorAll("#safety a[href^='tel:']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("tel:911", tel);
        Assert.Contains("Numbers for United States.", page.Single("#safety").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownRegion_ChangesNothing()
    {
        var client = NewBrowser();

        await client.PostFormAsync("/help", ("region", "zz"));

        var page = await client.GetDocumentAsync("/help");
        Assert.Equal("gb", page.Single("#region option[selected]").GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Page_NeverGuessesRegionFromTheConnection()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/modules", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", "8.8.8.8");
        request.Headers.Add("Accept-Language", "en-US");
        request.Headers.Add("CF-IPCountry", "US");

        var page = await Html.ParseAsync(await NewBrowser().SendAsync(request, TestContext.Current.CancellationToken));

        Assert.Contains("Numbers for United Kingdom.", page.Single("#safety").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HighIntensityModule_StartGoesToBeforeYouStart()
    {
        var client = NewBrowser();

        var module = await client.GetDocumentAsync("/modules/real-children");
        var before = await client.GetDocumentAsync("/modules/real-children/before");

        Assert.Equal("/modules/real-children/before", module.Single("a[data-test=start]").GetAttribute("href"));
        Assert.Equal("Before you start", before.Single("h1").TextContent.Trim());
        var choices = before.QuerySelectorAll("ul.choices a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/modules/real-children/1", "/modules", "/help"], choices);
    }

    [Fact]
    public async Task Get_LowIntensityModule_StartGoesStraightToStepOne()
    {
        var module = await NewBrowser().GetDocumentAsync("/modules/welcome");

        Assert.Equal("/modules/welcome/1", module.Single("a[data-test=start]").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_HighIntensityStep_OffersABreakAndTheHelpline()
    {
        var page = await NewBrowser().GetDocumentAsync("/modules/real-children/2");

        var note = page.Single(".care-note");
        Assert.Equal("/modules/real-children/2/break", note.Single("a.care-note__break").GetAttribute("href"));
        Assert.Equal(2, note.QuerySelectorAll("a[href^='tel:']").Length);
        var back = await NewBrowser().GetDocumentAsync("/modules/real-children/2/break");
        Assert.Equal("/modules/real-children/2", back.Single("main a.button").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_LowIntensityStep_HasNoCareNote()
    {
        var page = await NewBrowser().GetDocumentAsync("/modules/welcome/2");

        Assert.Null(page.QuerySelector(".care-note"));
    }

    [Fact]
    public async Task Get_BreakForUnknownStep_IsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await NewBrowser().GetPathAsync("/modules/real-children/99/break")).StatusCode);
    }
}
