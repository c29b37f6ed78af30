using System.Text;
using System.Xml;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Seo;

/// <summary>
/// What sitemap.xml lists: every page that shows everyone the same thing and is worth arriving at from a search.
/// Pages about one person's own progress (answers, progress, saving, forgetting, preferences), interstitials
/// (before a module, a break) and error pages are left out.
/// </summary>
internal static class Sitemap
{
    /// <summary>The pages without route values, in the order a newcomer would meet them.</summary>
    public static readonly string[] FixedPages = ["/", "/start", "/modules", "/help", "/now", "/exercises", "/practitioners", "/about", "/privacy"];

    /// <summary>Every language's pages: the default language's without a prefix, then each other one's under it (/de/...).</summary>
    public static IEnumerable<string> Paths(ContentLanguages languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        foreach (var source in languages.All)
        {
            var prefix = languages.PrefixOf(source.Language);
            foreach (var path in Paths(new ContentStore(source)))
            {
                yield return prefix.Length == 0 ? path : path == "/" ? prefix + "/" : prefix + path;
            }
        }
    }

    public static IEnumerable<string> Paths(ContentStore content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var page in FixedPages)
        {
            if (page != "/start" || content.StartGuide.IsAvailable)
            {
                yield return page;
            }
        }

        var catalogue = content.Catalogue;
        foreach (var module in catalogue.Modules)
        {
            yield return $"/modules/{Uri.EscapeDataString(module.Id)}";
            foreach (var step in module.Steps)
            {
                yield return $"/modules/{Uri.EscapeDataString(module.Id)}/{step.Number}";
            }
        }

        foreach (var exercise in catalogue.Exercises)
        {
            yield return $"/exercises/{Uri.EscapeDataString(exercise.Code!)}/sheet";
        }
    }

    /// <summary>The sitemap document, UTF-8 without a byte order mark, as the sitemaps.org protocol asks.</summary>
    public static byte[] Xml(Uri origin, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(origin);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in paths)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", new Uri(origin, path).AbsoluteUri);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
