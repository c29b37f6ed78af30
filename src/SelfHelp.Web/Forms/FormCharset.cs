using Microsoft.Net.Http.Headers;

namespace SelfHelp.Web.Forms;

/// <summary>
/// The site's pages post UTF-8, and browsers send no charset with a form. A request that names a charset .NET refuses
/// to decode (UTF-7, disabled for safety) made every page that reads a form fail with a 500; the charset is dropped
/// instead, so the body is read as UTF-8 like any other post. Charsets that are merely unknown the framework already
/// reads as UTF-8.
/// </summary>
internal static class FormCharset
{
    public static void DropUndecodable(HttpRequest request)
    {
        if (request.ContentType is not { } type || !type.Contains("charset", StringComparison.OrdinalIgnoreCase)
            || !MediaTypeHeaderValue.TryParse(type, out var media))
        {
            return;
        }

        try
        {
            _ = media.Encoding;
        }
        catch (NotSupportedException)
        {
            media.Charset = default;
            request.ContentType = media.ToString();
        }
    }
}
