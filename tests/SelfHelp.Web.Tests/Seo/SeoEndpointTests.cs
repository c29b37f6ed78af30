using System.Net;
using System.Xml.Linq;

namespace SelfHelp.Web.Tests.Seo;

public sealed class SeoEndpointTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Get_Sitemap_ListsHomeProgrammeEveryModuleAndStep()
    {
        var response = await _client.GetPathAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var paths = xml.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        Assert.Equal(["/", "/modules", "/modules/first", "/modules/first/1", "/modules/first/2", "/modules/second", "/modules/second/1"], paths);
    }

    [Fact]
    public async Task Get_Robots_AllowsAllAndNamesSitemap()
    {
        var text = await (await _client.GetPathAsync("/robots.txt")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Allow: /", text, StringComparison.Ordinal);
        Assert.Contains("/sitemap.xml", text, StringComparison.Ordinal);
    }
}
