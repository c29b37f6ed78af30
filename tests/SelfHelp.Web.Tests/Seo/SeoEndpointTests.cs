using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Seo;

namespace SelfHelp.Web.Tests.Seo;

public sealed class SeoEndpointTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Pages deliberately left out of the sitemap, and why: each page must be either listed or here.</summary>
    private static readonly string[] NotListed =
    [
        "/my-answers/{handler?}", // one person's own answers
        "/my-plan/{handler?}", // one person's own plan
        "/check-in/{handler?}", // one person's own check-in
        "/my-progress", // one person's own progress
        "/save/{handler?}", // saving one person's progress
        "/forget", // removing one person's progress
        "/preferences", // one person's reading choices
        "/start/result", // the result of one person's answers
        "/feedback/{subject}", // one person's optional questions after a module
        "/what-people-told-us", // off unless Feedback:PublicResults, and then about the site rather than for searching
        "/modules/{id}/before", // an interstitial before a module
        "/modules/{id}/{step:int}/break", // an interstitial in a module
        "/e/{*code}", // a short link that redirects
        "/status/{code:int}", // error pages
        "/error",
        "/Index", // the home page's second route, the same page as "/"
    ];

    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Get_Sitemap_IsUtf8XmlThatAParserAccepts()
    {
        var response = await _client.GetPathAsync("/sitemap.xml");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.NotEqual(0xEF, bytes[0]);
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var document = XDocument.Load(reader);
        Assert.Equal("utf-8", document.Declaration?.Encoding, ignoreCase: true);
        Assert.Equal(Ns + "urlset", document.Root?.Name);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Sitemap_ListsEveryPublicPageModuleStepAndSheetOnThePublicOrigin()
    {
        var locs = await Locations();

        Assert.All(locs, loc => Assert.StartsWith(SelfHelpFactory.PublicOrigin + "/", loc, StringComparison.Ordinal));
        Assert.Equal(
            ["/", "/start", "/modules", "/help", "/now", "/exercises", "/practitioners", "/about", "/privacy",
             "/modules/first", "/modules/first/1", "/modules/first/2", "/modules/second", "/modules/second/1",
             "/exercises/1.1/sheet", "/exercises/2.1/sheet"],
            locs.Select(loc => new Uri(loc).AbsolutePath));
    }

    [Fact]
    public async Task Get_Sitemap_EveryPageItListsAnswers200()
    {
        foreach (var loc in await Locations())
        {
            var response = await _client.GetPathAsync(new Uri(loc).PathAndQuery);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{loc} answered {response.StatusCode}.");
        }
    }

    [Fact]
    public void Sitemap_EveryPageOfTheSiteIsListedOrLeftOutOnPurpose()
    {
        var pages = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();
        string[] listedWithValues = ["/modules/{id}", "/modules/{id}/{step:int}", "/exercises/{code}/sheet"];

        Assert.Empty(pages.Except(Sitemap.FixedPages).Except(listedWithValues).Except(NotListed));
        Assert.Empty(Sitemap.FixedPages.Concat(listedWithValues).Concat(NotListed).Except(pages));
    }

    [Fact]
    public async Task Get_Sitemap_IgnoresTheRequestHost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/sitemap.xml", UriKind.Relative));
        request.Headers.Host = "127.0.0.1:9999";

        var text = await (await _client.SendAsync(request, TestContext.Current.CancellationToken)).TextAsync();

        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task Get_WithAnUnknownHost_IsRefusedWithABare400(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = "attacker.example";

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task Head_AnswersLikeGet(string path)
    {
        var get = await _client.GetPathAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));

        var head = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Fact]
    public async Task Get_Robots_AllowsAllAndNamesTheSitemapOnThePublicOrigin()
    {
        var response = await _client.GetPathAsync("/robots.txt");

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var lines = (await response.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["User-agent: *", "Allow: /", $"Sitemap: {SelfHelpFactory.PublicOrigin}/sitemap.xml"], lines);
    }

    [Fact]
    public async Task Get_ThroughTheOnionAddress_KeepsTheOnionOrigin()
    {
        const string Onion = "abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.onion";
        using var onionSite = new SelfHelpFactory(Paths.FixtureContent, settings: new() { ["Site:OnionAddress"] = Onion });
        var client = onionSite.CreateClient();

        var robots = await Send(client, "/robots.txt", Onion);
        var sitemap = await Send(client, "/sitemap.xml", Onion);
        var clearnet = await Send(client, "/robots.txt", null);

        Assert.Contains($"Sitemap: http://{Onion}/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.All(XDocument.Parse(sitemap).Descendants(Ns + "loc"), loc => Assert.StartsWith($"http://{Onion}/", loc.Value, StringComparison.Ordinal));
        Assert.Contains($"Sitemap: {SelfHelpFactory.PublicOrigin}/sitemap.xml", clearnet, StringComparison.Ordinal);
    }

    private static async Task<string> Send(HttpClient client, string path, string? host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return await (await client.SendAsync(request, TestContext.Current.CancellationToken)).TextAsync();
    }

    private async Task<List<string>> Locations()
    {
        var xml = XDocument.Parse(await (await _client.GetPathAsync("/sitemap.xml")).TextAsync());
        return [.. xml.Descendants(Ns + "loc").Select(l => l.Value)];
    }
}
