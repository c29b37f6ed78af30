using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Progress;
using SelfHelp.Web.Tests.Logging;
using Serilog.Core;
using Serilog.Events;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// Every route template the site has (read from its endpoint data sources, so a new page is covered without anyone
/// remembering to add it), every route parameter filled with odd values, every method and odd Host headers, sent as
/// raw bytes to the real Kestrel server. No answer may be a 5xx, and every error page with a body shows the safety
/// panel and the quick exit.
/// </summary>
public sealed class EveryRouteOverRawHttpTests : IDisposable
{
    /// <summary>Odd values as they go into the request target: percent-encoded, or raw bytes (Latin-1 here).</summary>
    private static readonly string[] OddValues =
    [
        "", // empty
        "%20", " ", // a space, encoded and raw
        "%00", // NUL
        "..%2F..%2Fappsettings.json", "../../etc/passwd", "%2e%2e%2f%2e%2e", "..\\..\\", // traversal
        "%C3%28", "%FF%FE", "\u00C3\u0028", "%ED%A0%80", // invalid UTF-8, encoded and raw, and a lone surrogate
        new string('a', 2000), string.Concat(Enumerable.Repeat("%C3%A9", 700)), // 2,000 characters
        "%01%1F%7F", "%0D%0AX-Injected:%201", "\u0001", "\t", // control characters
        "-1", "99999999999999999999", "%3Cscript%3E", "%25", "%", // numbers out of range, markup, a bare percent
    ];

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO"];

    /// <summary>Host headers: a line to send, or null to send none.</summary>
    private static readonly string?[] OddHosts =
    [
        null, "Host: ", "Host: attacker.example", "Host: a_b", "Host: [::1", "Host: localhost:99999", "Host: 127.0.0.1",
        "Host: " + new string('h', 300), "Host: localhost\r\nHost: other.example", "Host: xn--", "Host: LOCALHOST",
    ];

    /// <summary>A value that finds something, per parameter name, so that the other parameters are valid.</summary>
    private static readonly Dictionary<string, string> Valid = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "first",
        ["step"] = "1",
        ["code"] = "1.1",
        ["handler"] = "",
    };

    private readonly CapturingSink _sink = new();
    private readonly SelfHelpFactory _site;
    private readonly Uri _address;
    private readonly List<RoutePattern> _routes;

    public EveryRouteOverRawHttpTests()
    {
        _site = new SelfHelpFactory(Paths.FixtureContent, services: s => s.AddSingleton<ILogEventSink>(_sink));
        _site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _site.StartServer();
        _address = new Uri(_site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        _routes = [.. _site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern)
            .DistinctBy(p => p.RawText)];
    }

    [Fact]
    public void Routes_AreDiscoveredFromTheSite()
    {
        var templates = _routes.Select(r => "/" + r.RawText!.TrimStart('/')).ToList();

        Assert.Contains("/modules/{id}/{step:int}", templates);
        Assert.Contains("/e/{*code}", templates);
        Assert.Contains("/healthz", templates);
        Assert.Contains("/sitemap.xml", templates);
        Assert.Contains(templates, t => t.StartsWith("/css/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryRoute_OddValueInEveryParameter_EveryMethod_NoServerError()
    {
        var requests = new List<(string Method, string Target)>();
        foreach (var route in _routes)
        {
            foreach (var method in Methods)
            {
                requests.Add((method, Target(route, null, null)));
                foreach (var parameter in route.Parameters)
                {
                    requests.AddRange(OddValues.Select(value => (method, Target(route, parameter.Name, value))));
                }
            }
        }

        var failures = await SendAllAsync(requests.Select(r => Request(r.Method, r.Target, "Host: localhost")));

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} requests failed, for example:\n" + string.Join("\n", failures.Take(8)));
        Assert.Empty(_sink.Events.Where(e => e.Level >= LogEventLevel.Error).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The query parameters the site reads anywhere (a redirect's target, a handler, a flag after saving).</summary>
    private static readonly string[] QueryNames = ["to", "returnUrl", "handler", "saved", "checkedIn", "id", "step", "code"];

    /// <summary>Readable characters outside ASCII, which a header cannot hold as they are (wapiti's payload first).</summary>
    private static readonly string[] OddText = ["%C2%BF%27%22%28", "%C3%BC", "%F0%9F%98%80", "\u00FC"];

    [Fact]
    public async Task EveryRoute_OddValueInEveryQueryParameter_NoServerError()
    {
        // The language switch sent /language/de?to=/¿'"( on to a Location header as it was: a 500 (wapiti found it).
        var requests = new List<byte[]>();
        foreach (var route in _routes)
        {
            foreach (var value in OddValues.Concat(OddText))
            {
                foreach (var candidate in new[] { value, "%2F" + value, "/" + value })
                {
                    var query = "?" + string.Join("&", QueryNames.Select(name => $"{name}={candidate}"));
                    requests.Add(Request("GET", Target(route, null, null) + query, "Host: localhost"));
                    requests.Add(Request("POST", Target(route, null, null) + query, "Host: localhost"));
                }
            }
        }

        var failures = await SendAllAsync(requests);

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} requests failed, for example:\n" + string.Join("\n", failures.Take(8)));
        Assert.Empty(_sink.Events.Where(e => e.Level >= LogEventLevel.Error).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task EveryRoute_OddBodies_NoServerError()
    {
        // A POST with no Content-Type used to reach a step's handler and fail reading Request.Form (a 500).
        var requests = new List<byte[]>();
        foreach (var route in _routes)
        {
            foreach (var method in new[] { "POST", "PUT", "PATCH", "DELETE" })
            {
                requests.AddRange(OddBodies.Select(body => Request(method, Target(route, null, null), "Host: localhost", body)));
            }
        }

        var failures = await SendAllAsync(requests);

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} requests failed, for example:\n" + string.Join("\n", failures.Take(8)));
        Assert.Empty(_sink.Events.Where(e => e.Level >= LogEventLevel.Error).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task EveryRoute_OddHostHeaders_NoServerError()
    {
        var requests = new List<byte[]>();
        foreach (var route in _routes)
        {
            foreach (var host in OddHosts)
            {
                foreach (var method in new[] { "GET", "HEAD", "POST" })
                {
                    requests.Add(Request(method, Target(route, null, null), host));
                    requests.Add(Request(method, Target(route, null, null), host, version: "HTTP/1.0"));
                }
            }
        }

        var failures = await SendAllAsync(requests);

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} requests failed, for example:\n" + string.Join("\n", failures.Take(8)));
    }

    [Theory]
    [InlineData("GET /e/ HTTP/1.1", 302)]
    [InlineData("GET /e HTTP/1.1", 302)]
    [InlineData("GET /e/%20 HTTP/1.1", 302)]
    [InlineData("GET /modules/%20 HTTP/1.1", 404)]
    [InlineData("GET /modules/%20/1 HTTP/1.1", 404)]
    [InlineData("GET /modules/%20/1/break HTTP/1.1", 404)]
    [InlineData("GET /modules/%20/before HTTP/1.1", 404)]
    [InlineData("GET /exercises/%20/sheet HTTP/1.1", 404)]
    [InlineData("TRACE /modules/first HTTP/1.1", 405)]
    [InlineData("TRACE /modules/first/1 HTTP/1.1", 405)]
    [InlineData("TRACE /my-answers HTTP/1.1", 405)]
    [InlineData("TRACE /exercises/1.1/sheet HTTP/1.1", 405)]
    [InlineData("HEAD /healthz HTTP/1.1", 200)]
    [InlineData("HEAD /readyz HTTP/1.1", 200)]
    [InlineData("HEAD /robots.txt HTTP/1.1", 200)]
    [InlineData("HEAD /sitemap.xml HTTP/1.1", 200)]
    [InlineData("HEAD /modules/first/1 HTTP/1.1", 200)]
    [InlineData("HEAD /favicon.ico HTTP/1.1", 200)]
    [InlineData("HEAD / HTTP/1.1", 200)]
    public async Task Request_FromTheScannerReport_GetsTheExpectedStatus(string requestLine, int status)
    {
        var (actual, _, body) = await SendAsync(Encoding.ASCII.GetBytes($"{requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n"));

        Assert.Equal(status, actual);
        Assert.Equal(requestLine.StartsWith("HEAD ", StringComparison.Ordinal) || status == 302, body.Length == 0);
    }

    [Theory]
    [InlineData("GET / HTTP/1.0\r\n\r\n", 200)]
    [InlineData("GET /modules/first HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n", 200)]
    [InlineData("GET / HTTP/1.1\r\nHost: a_b\r\nConnection: close\r\n\r\n", 400)]
    [InlineData("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n", 400)]
    public async Task Request_WithoutOrWithABadHost_GetsAPageOrABare400(string request, int status)
    {
        var (actual, _, body) = await SendAsync(Encoding.ASCII.GetBytes(request));

        Assert.Equal(status, actual);
        Assert.Equal(status == 200, body.Contains("data-quick-exit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 0xE9 })] // "é" in Latin-1, as an older application on the same domain might set it
    [InlineData(new byte[] { 0xC3, 0x28 })] // broken UTF-8
    [InlineData(new byte[] { 0xFF, 0xFE })]
    public async Task Request_AnotherCookieIsNotUtf8_ThePageIsServedAndOurCookieStillReads(byte[] odd)
    {
        var state = ReadingPreferences.With(ProgressState.Empty, ReadingPreferences.TextSize, "large");
        var ours = _site.Services.GetRequiredService<ProgressProtector>().ProtectForCookie(state);
        byte[] request =
        [
            .. Encoding.ASCII.GetBytes("GET /modules/first/1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: other=Caf"),
            .. odd,
            .. Encoding.ASCII.GetBytes($"; state={ours}\r\n\r\n"),
        ];

        var (status, _, body) = await SendAsync(request);

        Assert.Equal(200, status);
        Assert.Contains("id=\"safety\"", body, StringComparison.Ordinal);
        Assert.Contains("class=\"text-large\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Referer", new byte[] { 0xE9 })]
    [InlineData("User-Agent", new byte[] { 0xC3, 0x28 })]
    [InlineData("Accept-Language", new byte[] { 0xE9 })]
    [InlineData("Accept", new byte[] { 0xFF, 0xFE })]
    [InlineData("X-Forwarded-For", new byte[] { 0xE9 })]
    [InlineData("Origin", new byte[] { 0x80 })]
    [InlineData("X-Added-By-A-Proxy", new byte[] { 0xE9 })] // a proxy or security product adding a header of its own
    [InlineData("X-Added-By-A-Proxy", new byte[] { 0xED, 0xA0, 0x80 })] // a lone surrogate in UTF-8
    public async Task Request_AnotherHeaderIsNotUtf8_ThePageIsServed(string header, byte[] odd)
    {
        byte[] request =
        [
            .. Encoding.ASCII.GetBytes($"GET /modules/first/1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{header}: Caf"),
            .. odd,
            .. Encoding.ASCII.GetBytes("\r\n\r\n"),
        ];

        var (status, _, body) = await SendAsync(request);

        Assert.Equal(200, status);
        Assert.Contains("id=\"safety\"", body, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>The route's path with valid values, except <paramref name="odd"/> in the parameter named <paramref name="name"/>.</summary>
    private static string Target(RoutePattern route, string? name, string? odd)
    {
        var path = new StringBuilder();
        foreach (var segment in route.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter when parameter.Name == name => odd,
                    RoutePatternParameterPart parameter => route.RawText?.TrimStart('/') switch
                    {
                        "status/{code:int}" => "404",
                        "language/{code}" => "en", // the only language of this site
                        _ => Valid.GetValueOrDefault(parameter.Name, "x"),
                    },
                    _ => "",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static byte[] Request(string method, string target, string? host, string version = "HTTP/1.1") =>
        Request(method, target, host, method is "GET" or "HEAD" ? null : (FormType, "form=x&__token=y"), version);

    private const string FormType = "application/x-www-form-urlencoded";

    /// <summary>Bodies a page's handler might not expect: no Content-Type at all, other types, broken multipart, empty.</summary>
    private static readonly (string? Type, string Body)[] OddBodies =
    [
        (null, "form=x&__token=y"),
        (null, ""),
        ("application/json", "{\"forms\":\"x\"}"),
        ("text/plain", "forms=x"),
        ("multipart/form-data", "forms=x"),
        ("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"forms\"\r\n\r\nx"),
        (FormType, ""),
        (FormType + "; charset=utf-16", "f\0o\0r\0m\0s\0=\0x\0"),
        (FormType + "; charset=utf-7", "forms=x&__token=y"), // .NET refuses to decode UTF-7: every page with a form failed as a 500
        ("multipart/form-data; boundary=b; charset=\"UTF-7\"", "--b\r\nContent-Disposition: form-data; name=\"forms\"\r\n\r\nx\r\n--b--\r\n"),
    ];

    private static byte[] Request(string method, string target, string? host, (string? Type, string Body)? content, string version = "HTTP/1.1")
    {
        var body = content?.Body ?? "";
        var headers = new StringBuilder();
        if (host is not null)
        {
            headers.Append(host).Append("\r\n");
        }

        headers.Append("Connection: close\r\nAccept-Encoding: gzip, deflate, br, zstd\r\n");
        if (content is { Type: { } type })
        {
            headers.Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Type: {type}\r\n");
        }

        if (content is not null)
        {
            headers.Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Length: {Encoding.Latin1.GetByteCount(body)}\r\n");
        }

        return Encoding.Latin1.GetBytes($"{method} {target} {version}\r\n{headers}\r\n{body}");
    }

    /// <summary>Sends every request (four at a time) and describes each that failed.</summary>
    private async Task<List<string>> SendAllAsync(IEnumerable<byte[]> requests)
    {
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken }, async (request, _) =>
        {
            var (status, headers, body) = await SendAsync(request);
            var sent = Encoding.Latin1.GetString(request, 0, Math.Min(160, request.Length)).Split("\r\n")[0];
            if (status >= 500)
            {
                failures.Add($"{status} for {sent}");
            }
            else if (status >= 400 && body.Length > 0 && !(body.Contains("data-quick-exit", StringComparison.Ordinal) && body.Contains("id=\"safety\"", StringComparison.Ordinal)))
            {
                failures.Add($"{status} without the safety panel and quick exit for {sent}: {headers.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Type", StringComparison.OrdinalIgnoreCase))}");
            }
        });
        return [.. failures];
    }

    /// <summary>The status (0 when the server closed without answering), the headers and the body as text.</summary>
    private async Task<(int Status, string Headers, string Body)> SendAsync(byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_address.Host, _address.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request, TestContext.Current.CancellationToken);
        }
        catch (IOException)
        {
            // The server may close the connection before reading everything it was sent.
        }

        using var response = new MemoryStream();
        try
        {
            await stream.CopyToAsync(response, TestContext.Current.CancellationToken);
        }
        catch (IOException)
        {
            // A reset after the answer was sent.
        }

        var text = Encoding.Latin1.GetString(response.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var status = head.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(head.AsSpan(9, 3), out var code) ? code : 0;
        return (status, head, split < 0 ? "" : Decode(head, response.ToArray().AsSpan(split + 4).ToArray()));
    }

    /// <summary>The body as text, undoing chunking and compression.</summary>
    private static string Decode(string headers, byte[] body)
    {
        var lines = headers.Split("\r\n");
        if (lines.Any(h => h.Equals("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)))
        {
            using var unchunked = new MemoryStream();
            var position = 0;
            while (position < body.Length)
            {
                var end = Array.IndexOf(body, (byte)'\r', position);
                if (end < 0 || !int.TryParse(Encoding.ASCII.GetString(body, position, end - position).Split(';')[0], System.Globalization.NumberStyles.HexNumber, null, out var size) || size == 0)
                {
                    break;
                }

                unchunked.Write(body, end + 2, Math.Min(size, body.Length - end - 2));
                position = end + 2 + size + 2;
            }

            body = unchunked.ToArray();
        }

        var encoding = lines.FirstOrDefault(h => h.StartsWith("Content-Encoding:", StringComparison.OrdinalIgnoreCase))?.Split(':')[1].Trim();
        using var input = new MemoryStream(body);
        using Stream decoded = encoding switch
        {
            "br" => new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress),
            _ => input,
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
