using System.Net;

namespace SelfHelp.Web.Tests.Pages;

public sealed class PageTests : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client;

    public PageTests(FixtureSite site)
    {
        _client = site.CreateClient(new() { AllowAutoRedirect = false });
    }

    [Fact]
    public async Task Get_Home_LinksToTheProgramme()
    {
        var document = await _client.GetDocumentAsync("/");

        var start = document.Single("a.button--start");
        Assert.Equal("/modules", start.GetAttribute("href"));
        Assert.Equal("Start the programme", start.TextContent.Trim());
        Assert.Contains("The programme has 2 modules", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Programme_ListsEveryModuleInOrderWithMinutesAndIntensity()
    {
        var document = await _client.GetDocumentAsync("/modules");

        var items = document.QuerySelectorAll("ol.task-list > li.task-list__item");
        Assert.Equal(["First module", "Second module"], items.Select(i => i.Single("a.task-list__link").TextContent.Trim()));
        Assert.Equal("/modules/first", items[0].Single("a.task-list__link").GetAttribute("href"));
        Assert.Equal("The first fixture module.", items[0].Single(".task-list__summary").TextContent.Trim());
        Assert.Matches(@"^About \d+ min$", items[0].Single(".facts__minutes").TextContent.Trim());
        Assert.Equal("Hard content", items[1].Single(".tag--high").TextContent.Trim());
    }

    [Fact]
    public async Task Get_Module_ShowsObjectivesStepsAndStart()
    {
        var document = await _client.GetDocumentAsync("/modules/first");

        Assert.Equal("First module", document.Single("h1").TextContent.Trim());
        Assert.Equal("Read two steps", document.Single("ul.objectives li").TextContent.Trim());
        Assert.Equal(["/modules/first/1", "/modules/first/2"], document.QuerySelectorAll("ol.step-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/modules/first/1", document.Single("a[data-test=start]").GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("section.form-block--starting-point"));
        Assert.Equal("The first fixture module.", document.Single("meta[name=description]").GetAttribute("content"));
    }

    [Fact]
    public async Task Get_FirstStepWithAnExercise_IsOneFormWhoseButtonsSaveAndMoveOn()
    {
        var document = await _client.GetDocumentAsync("/modules/first/1");

        Assert.Equal("One", document.Single("h1").TextContent.Trim());
        Assert.StartsWith("Step 1 of 2", document.Single("p.caption").TextContent.Trim(), StringComparison.Ordinal);
        var form = document.Single("main form.step-form");
        Assert.Equal("/modules/first/1", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(form, document.Single("#f-every-field-story").Closest("form"));
        Assert.Equal("Save and continue", form.Single("button[value=next]").TextContent.Trim());
        Assert.Null(form.QuerySelector("button[value=previous]"));
        Assert.Empty(document.QuerySelectorAll("a[rel=next], a[rel=prev]"));
        Assert.Equal("/modules/second", document.Single("main p a[href='/modules/second']").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_LastStep_SavesAndFinishesOrGoesBack_AndOffersTheNextModule()
    {
        var document = await _client.GetDocumentAsync("/modules/first/2");

        var form = document.Single("main form.step-form");
        Assert.Equal("Save and finish this module", form.Single("button[value=finish]").TextContent.Trim());
        Assert.Contains("One", form.Single("button[value=previous]").TextContent, StringComparison.Ordinal);
        Assert.Null(form.QuerySelector("button[value=next]"));
        Assert.Equal("/modules/second", document.Single(".step-nav a").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_StepWithoutQuestions_MovesOnWithPlainLinks()
    {
        using var site = new BundledSite();
        var document = await site.CreateClient().GetDocumentAsync("/modules/urges/2");

        Assert.Null(document.QuerySelector("main form"));
        Assert.Equal("/modules/urges/1", document.Single("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/modules/urges/3", document.Single("a[rel=next]").GetAttribute("href"));
    }

    [Theory]
    [InlineData("/modules/old-first", "/modules/first")]
    [InlineData("/modules/old-first/2", "/modules/first/2")]
    [InlineData("/modules/old-first/before", "/modules/first/before")]
    [InlineData("/modules/old-first/2/break", "/modules/first/2/break")]
    public async Task Get_Alias_RedirectsPermanentlyToCurrentId(string path, string expected)
    {
        var response = await _client.GetPathAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/modules/no-such-module")]
    [InlineData("/modules/no-such-module/1")]
    [InlineData("/modules/first/0")]
    [InlineData("/modules/first/3")]
    [InlineData("/modules/first/99999999999999")]
    [InlineData("/modules/first/one")]
    [InlineData("/modules/..%2F..%2Fappsettings.json")]
    [InlineData("/modules/%2e%2e/%2e%2e/content/en/modules/01-first.md")]
    [InlineData("/content/en/modules/01-first.md")]
    public async Task Get_UnknownModuleOrStep_ReturnsNotFoundPage(string path)
    {
        var response = await _client.GetPathAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal("Page not found", document.Single("h1").TextContent.Trim());
        Assert.NotNull(document.QuerySelector("a[href='/modules']"));
    }

    [Fact]
    public async Task Get_Step_RendersCalloutAsNote()
    {
        var document = await _client.GetDocumentAsync("/modules/second/1");

        var callout = document.Single(".callout--take-care");
        Assert.Equal("note", callout.GetAttribute("role"));
        Assert.Equal("Take care", callout.Single(".callout__title").TextContent.Trim());
    }
}
