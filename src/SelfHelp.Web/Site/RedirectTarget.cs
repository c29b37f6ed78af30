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
        if (!url.Any(NeedsEscaping))
        {
            return url;
        }

        var escaped = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (var index = 0; index < url.Length; index++)
        {
            if (!NeedsEscaping(url[index]))
            {
                escaped.Append(url[index]);
                continue;
            }

            // A surrogate pair is one character of four bytes; a lone surrogate becomes U+FFFD.
            var length = char.IsSurrogatePair(url, index) ? 2 : 1;
            var count = Encoding.UTF8.GetBytes(url.AsSpan(index, length), bytes);
            foreach (var b in bytes[..count])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            index += length - 1;
        }

        return escaped.ToString();
    }

    private static bool NeedsEscaping(char c) => c is <= ' ' or > '~';
}
