using Microsoft.Net.Http.Headers;

namespace SelfHelp.Web.Tests;

/// <summary>
/// Keeps cookies the way a browser does: every <c>Set-Cookie</c> of a response applied in order, an expired one
/// removing the cookie. Used where the exact sequence of writes and deletes matters (chunked progress cookies).
/// </summary>
internal sealed class BrowserCookieJar
{
    private readonly Dictionary<string, (string Value, string Path)> _cookies = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Cookies => _cookies.ToDictionary(c => c.Key, c => c.Value.Value, StringComparer.Ordinal);

    public void Apply(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var headers))
        {
            return;
        }

        foreach (var header in headers)
        {
            var cookie = SetCookieHeaderValue.Parse(header);
            var name = cookie.Name.ToString();
            if (cookie.Expires is { } expires && expires <= DateTimeOffset.UtcNow)
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = (cookie.Value.ToString(), cookie.Path.HasValue ? cookie.Path.ToString() : "/");
            }
        }
    }

    /// <summary>The Cookie header a browser would send to <paramref name="path"/>, or null when it would send none.</summary>
    public string? HeaderFor(string path)
    {
        var sent = _cookies.Where(c => PathMatches(path, c.Value.Path)).Select(c => $"{c.Key}={c.Value.Value}").ToList();
        return sent.Count == 0 ? null : string.Join("; ", sent);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (HeaderFor(new Uri(new Uri("http://x"), path).AbsolutePath) is { } header)
        {
            request.Headers.Add("Cookie", header);
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Apply(response);
        return response;
    }

    // RFC 6265, 5.1.4.
    private static bool PathMatches(string requestPath, string cookiePath) =>
        requestPath == cookiePath
        || (requestPath.StartsWith(cookiePath, StringComparison.Ordinal)
            && (cookiePath.EndsWith('/') || requestPath[cookiePath.Length] == '/'));
}
