using System.Net;
using AngleSharp.Html.Dom;
using SelfHelp.Content.Loading;

namespace SelfHelp.Web.Tests.Pages;

/// <summary>Invariants that hold on every page the site can show, walked over the bundled content.</summary>
public sealed class EveryPageTests : IClassFixture<BundledSite>
{
    private readonly HttpClient _client;

    public EveryPageTests(BundledSite factory)
    {
        _client = factory.CreateClient(new() { AllowAutoRedirect = false });
    }

    public static TheoryData<string, int> Routes()
    {
        var catalogue = new ContentLoader().Load(Paths.BundledContent).Catalogue;

        var routes = new TheoryData<string, int> { { "/", 200 }, { "/modules", 200 }, { "/no-such-page", 404 }, { "/modules/no-such-module", 404 }, { "/status/500", 500 }, { "/error", 500 } };
        foreach (var module in catalogue.Modules)
        {
            routes.Add($"/modules/{module.Id}", 200);
            foreach (var step in module.Steps)
            {
                routes.Add($"/modules/{module.Id}/{step.Number}", 200);
            }
        }

        return routes;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_AnyPage_HasTheSiteLayout(string path, int status)
    {
        var response = await _client.GetPathAsync(path);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var document = await Html.ParseAsync(response);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        Assert.False(string.IsNullOrWhiteSpace(document.Single("meta[name=description]").GetAttribute("content")));
        Assert.Equal("width=device-width, initial-scale=1", document.Single("meta[name=viewport]").GetAttribute("content"));
        Assert.Equal("#main", document.QuerySelector("body a")?.GetAttribute("href"));
        Assert.Equal("main", document.Single("main#main").LocalName);
        Assert.False(string.IsNullOrWhiteSpace(document.Single("h1").TextContent));
        Assert.NotNull(document.QuerySelector("header nav a[href='/modules']"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_AnyPage_LoadsNothingFromAnotherSite(string path, int status)
    {
        _ = status;
        var document = await _client.GetDocumentAsync(path);

        var loaded = document.QuerySelectorAll("[src], link[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "");
        Assert.All(loaded, url => Assert.StartsWith("/", url, StringComparison.Ordinal));
        Assert.All(loaded, url => Assert.False(url.StartsWith("//", StringComparison.Ordinal), url));
        Assert.Empty(document.QuerySelectorAll("script:not([src]), style, [style]"));
        var outside = document.QuerySelectorAll("a[href^='http']").Cast<IHtmlAnchorElement>();
        Assert.All(outside, a => Assert.Equal("noreferrer noopener", a.GetAttribute("rel")));
    }

    [Fact]
    public async Task Get_Stylesheet_IsFingerprintedAndServed()
    {
        var document = await _client.GetDocumentAsync("/");

        var href = document.Single("link[rel=stylesheet]").GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        var css = await _client.GetPathAsync(href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }
}
