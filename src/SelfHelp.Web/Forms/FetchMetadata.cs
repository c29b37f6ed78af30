namespace SelfHelp.Web.Forms;

/// <summary>What the browser says about where a request came from (Fetch Metadata, <c>Sec-Fetch-Site</c>).</summary>
internal static class FetchMetadata
{
    /// <summary>
    /// Whether another site's page made the request. A person's own posts come from this site's pages
    /// (<c>same-origin</c>); browsers without Fetch Metadata send nothing, and are trusted as before.
    /// </summary>
    public static bool FromAnotherSite(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"] is { Count: > 0 } site && !string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase);
}
