using System.Text;
using System.Xml;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Seo;

/// <summary>robots.txt and sitemap.xml, so that people searching for help can find the programme.</summary>
internal static class SeoEndpoints
{
    public static void MapSeoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (HttpRequest request) =>
            Results.Text($"User-agent: *\nAllow: /\nSitemap: {Origin(request)}/sitemap.xml\n", "text/plain", Encoding.UTF8));

        endpoints.MapGet("/sitemap.xml", (HttpRequest request, ContentStore store) =>
        {
            var origin = Origin(request);
            var paths = new List<string> { "/", "/modules" };
            foreach (var module in store.Catalogue.Modules)
            {
                paths.Add($"/modules/{module.Id}");
                paths.AddRange(module.Steps.Select(step => $"/modules/{module.Id}/{step.Number}"));
            }

            return Results.Text(Sitemap(origin, paths), "application/xml", Encoding.UTF8);
        });
    }

    // A sitemap must hold absolute URLs; they are built from the request's own host, never from configuration guesses.
    private static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host.Value}";

    private static string Sitemap(string origin, IEnumerable<string> paths)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in paths)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", origin + path);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return builder.ToString();
    }
}
