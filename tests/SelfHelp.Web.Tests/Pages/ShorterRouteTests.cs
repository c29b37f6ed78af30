namespace SelfHelp.Web.Tests.Pages;

/// <summary>The editors' shorter way through (start.yml 'shorter-route') on the bundled programme.</summary>
public sealed class ShorterRouteTests : IDisposable
{
    private static readonly string[] BundledRoute = ["Starting here", "Why change, and why now", "Triggers, feelings and the cycle", "Getting through an urge", "My plan for staying stopped"];

    private readonly SelfHelpFactory _site = new(Paths.BundledContent);

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/modules")]
    [InlineData("/start")]
    public async Task Get_ShowsTheShorterRouteInOrderWithATotal(string path)
    {
        var page = await _site.CreateClient().GetDocumentAsync(path);

        var route = page.Single("main [data-test=shorter-route]");
        Assert.Equal("A shorter way through", route.Single("h2").TextContent.Trim());
        var links = route.QuerySelectorAll("ol > li > a").ToList();
        Assert.Equal(BundledRoute, links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["/modules/welcome", "/modules/why-change", "/modules/triggers", "/modules/urges", "/modules/staying-stopped"], links.Select(a => a.GetAttribute("href")));
        Assert.StartsWith("5 modules, about ", route.Single(".shorter-route__total").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Programme_StillListsEveryModuleOnceInTheTaskList()
    {
        var page = await _site.CreateClient().GetDocumentAsync("/modules");

        Assert.Equal(14, page.QuerySelectorAll("main .task-list .task-list__link").Length);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Get_Programme_WithAChosenOrder_ShowsThatOrderInstead()
    {
        var client = _site.CreateClient();
        await client.PostFormAsync("/start", ("q-where", "stopped"), ("q-urges", "rarely"), ("q-feeling", "ok"));

        var page = await client.GetDocumentAsync("/modules");

        Assert.NotNull(page.QuerySelector("main [data-test=path]"));
        Assert.Null(page.QuerySelector("main [data-test=shorter-route]"));
    }
}
