namespace SelfHelp.Web.Site;

/// <summary>
/// The Host names the site answers to: the public origin's, the onion address, and loopback names (for probes and a
/// reverse proxy on the same machine). Anything else is refused with a 400 before a page runs, so that no link,
/// redirect or cache key can be built from a name an attacker chose.
/// </summary>
internal static class HostNames
{
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    /// <param name="site">The validated site options.</param>
    /// <param name="extra">The <c>AllowedHosts</c> setting: more names, separated by semicolons; may be empty.</param>
    public static List<string> Allowed(SiteOptions site, string? extra)
    {
        ArgumentNullException.ThrowIfNull(site);
        var names = new List<string>();
        if (site.PublicOriginUri is { } origin)
        {
            names.Add(origin.Host);
        }

        if (site.OnionAddress is { Length: > 0 } onion)
        {
            names.Add(onion);
        }

        names.AddRange(Loopback);
        names.AddRange((extra ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>True when the host can be part of a URL (the layout's components build one from it).</summary>
    public static bool IsValid(HostString host) =>
        host.HasValue && Uri.TryCreate($"http://{host.Value}/", UriKind.Absolute, out var uri) && uri.HostNameType != UriHostNameType.Unknown;
}
