using Microsoft.Extensions.Options;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Seo;

/// <summary>robots.txt and sitemap.xml, so that people searching for help can find the programme.</summary>
internal static class SeoEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapSeoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/robots.txt", GetAndHead, (HttpRequest request, IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\nSitemap: {new Uri(Origin(request, site.Value), "/sitemap.xml").AbsoluteUri}\n", "text/plain; charset=utf-8"));

        endpoints.MapMethods("/sitemap.xml", GetAndHead, (HttpRequest request, IOptions<SiteOptions> site, ContentLanguages languages) =>
            Results.Bytes(Sitemap.Xml(Origin(request, site.Value), Sitemap.Paths(languages)), "application/xml; charset=utf-8"));
    }

    /// <summary>
    /// The configured public origin, never the request's Host: a Host header is whatever the client sent. A request
    /// that came through the onion service gets the onion origin, so that Tor users stay on it.
    /// </summary>
    private static Uri Origin(HttpRequest request, SiteOptions site) =>
        site.OnionAddress is { Length: > 0 } onion && string.Equals(request.Host.Host, onion, StringComparison.OrdinalIgnoreCase)
            ? new Uri($"http://{onion}")
            : site.PublicOriginUri!;
}
