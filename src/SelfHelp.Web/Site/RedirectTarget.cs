using System.Text;

namespace SelfHelp.Web.Site;

/// <summary>A local address that came from a request, made fit for a <c>Location</c> header.</summary>
public static class RedirectTarget
{
    /// <summary>
    /// Percent-encodes (as UTF-8, RFC 3986) every character that is not visible ASCII, and leaves the rest as it is.
    /// Kestrel refuses such characters in a response header, so a redirect to <c>/modules/ü</c> or <c>/¿</c> would
    /// otherwise fail with a 500 instead of arriving at the page (or its "not found" page).
    /// </summary>
    public static string Escape(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.Any(c => NeedsEscaping(c)))
        {
            return url;
        }

        // By Unicode scalar: a surrogate pair is one character of four bytes; a lone surrogate comes out as U+FFFD.
        var escaped = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (!NeedsEscaping(rune.Value))
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscaping(int c) => c is <= ' ' or > '~';
}
