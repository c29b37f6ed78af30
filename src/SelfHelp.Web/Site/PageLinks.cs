using System.Collections.Concurrent;

namespace SelfHelp.Web.Site;

/// <summary>
/// Links to pages that take no route values (the header, the footer, the safety panel), worked out once per language
/// prefix instead of by a tag helper and the link generator on every page: about a dozen per page, and the same for
/// everyone. A link with route values (a module, a step) still goes through <c>Url.Page</c>.
/// </summary>
public sealed class PageLinks(LinkGenerator links)
{
    // Keys are (PathBase, page): a handful of language prefixes times the layout's pages. The PathBase comes from the
    // language middleware and the host, never from free text, but the cache stops growing at this size anyway.
    private const int MaxEntries = 512;

    private readonly ConcurrentDictionary<(string PathBase, string Page), string> _cache = new();

    /// <summary>The path of <paramref name="page"/> (a Razor page name such as <c>/Help/Index</c>) under the request's PathBase.</summary>
    public string To(HttpContext context, string page)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = (context.Request.PathBase.Value ?? "", page);
        if (_cache.TryGetValue(key, out var path))
        {
            return path;
        }

        path = links.GetPathByPage(page, handler: null, values: null, pathBase: context.Request.PathBase)
            ?? throw new InvalidOperationException($"No route to the page {page}.");
        if (_cache.Count < MaxEntries)
        {
            _cache.TryAdd(key, path);
        }

        return path;
    }
}
