using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// Thousands of malformed requests, sent as raw bytes to the real Kestrel server: path traversal, invalid UTF-8,
/// overlong URLs, huge headers, broken forms. Every answer must be a clean status, never a 5xx.
/// </summary>
public sealed class MalformedRequestTests : IDisposable
{
    private readonly SelfHelpFactory _site = new(Paths.FixtureContent);
    private readonly Uri _address;

    public MalformedRequestTests()
    {
        _site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _site.StartServer();
        _address = new Uri(_site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }

    [Theory]
    [InlineData("GET /../../etc/passwd HTTP/1.1", 400, 404)]
    [InlineData("GET /modules/..%2F..%2Fappsettings.json HTTP/1.1", 404, 404)]
    [InlineData("GET /modules/%2e%2e/%2e%2e/content/en/modules/01-welcome.md HTTP/1.1", 404, 404)]
    [InlineData("GET /modules/%00 HTTP/1.1", 400, 404)]
    [InlineData("GET /modules/%C3%28 HTTP/1.1", 400, 404)]
    [InlineData("GET /modules/%FF%FE/1 HTTP/1.1", 400, 404)]
    [InlineData("GET /appsettings.json HTTP/1.1", 404, 404)]
    [InlineData("GET /.keys/ HTTP/1.1", 404, 404)]
    public async Task Request_Hostile_GetsACleanClientError(string requestLine, int low, int high)
    {
        var status = await SendAsync(Encoding.ASCII.GetBytes($"{requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n"));

        Assert.InRange(status, low, high);
    }

    [Fact]
    public async Task Request_InvalidUtf8BytesInPath_GetsAClientError()
    {
        var bytes = Encoding.ASCII.GetBytes("GET /modules/").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.ASCII.GetBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).ToArray();

        Assert.InRange(await SendAsync(bytes), 400, 499);
    }

    [Fact]
    public async Task Request_OverlongUrl_GetsUriTooLong()
    {
        var status = await SendAsync(Encoding.ASCII.GetBytes($"GET /modules/{new string('a', 20_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));

        Assert.Equal(414, status);
    }

    [Fact]
    public async Task Request_HugeHeaders_GetHeadersTooLarge()
    {
        var status = await SendAsync(Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {new string('a', 60_000)}\r\nConnection: close\r\n\r\n"));

        Assert.Equal(431, status);
    }

    [Fact]
    public async Task Fuzz_ThreeThousandMalformedRequests_NoServerError()
    {
        var random = new Random(2026_11_23);
        var errors = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var request = Malformed(random, i);
            var status = await SendAsync(request);
            if (status >= 500)
            {
                errors.Add($"{status}: {Encoding.Latin1.GetString(request, 0, Math.Min(600, request.Length))}");
            }
        }

        Assert.True(errors.Count == 0, $"{errors.Count} server errors, for example:\n" + string.Join("\n---\n", errors.Take(4)));
    }

    public void Dispose() => _site.Dispose();

    private static byte[] Malformed(Random random, int i)
    {
        string[] paths =
        [
            "/", "/modules", "/modules/welcome", "/modules/welcome/1", "/modules/welcome/3", "/save", "/help", "/forget",
            "/my-answers/download", "/status/404", "/sitemap.xml", "/modules/x/99999999999999999999",
        ];
        var path = paths[random.Next(paths.Length)];
        var method = random.Next(10) switch { 0 => "FOO", 1 => "PUT", 2 => "DELETE", < 6 => "POST", _ => "GET" };
        var mutation = i % 12;
        var garbage = new byte[random.Next(1, 200)];
        random.NextBytes(garbage);
        var garbageText = Encoding.Latin1.GetString(garbage).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

        var line = mutation switch
        {
            0 => $"{method} {path}%{random.Next(0, 255):X2}%G1 HTTP/1.1",
            1 => $"{method} {path}/{Uri.EscapeDataString(garbageText)} HTTP/1.1",
            2 => $"{method} {path}?{new string('q', random.Next(1, 9000))}=1 HTTP/1.1",
            3 => $"{method} {path}/../../{garbageText.Length} HTTP/1.1",
            _ => $"{method} {path} HTTP/1.1",
        };
        var headers = new StringBuilder("Host: localhost\r\nConnection: close\r\n");
        switch (mutation)
        {
            case 4:
                headers.Append(System.Globalization.CultureInfo.InvariantCulture, $"Cookie: state={Uri.EscapeDataString(garbageText)}; stateC1=x\r\n");
                break;
            case 5:
                headers.Append(System.Globalization.CultureInfo.InvariantCulture, $"Cookie: state=chunks-{random.Next(-5, int.MaxValue)}\r\n");
                break;
            case 6:
                headers.Append(System.Globalization.CultureInfo.InvariantCulture, $"Accept-Language: {garbageText.Length}\r\nX-Forwarded-Proto: {garbageText.Length}\r\nX-Forwarded-For: {garbageText.Length}\r\n");
                break;
        }

        var body = mutation switch
        {
            7 => "form=looking-after-myself&answers.hopes=%E0%A4%A&__token=%ZZ",
            8 => string.Join('&', Enumerable.Range(0, 300).Select(n => $"k{n}=v")),
            9 => "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n" + garbageText,
            10 => garbageText,
            _ => "",
        };
        var contentType = mutation switch
        {
            9 => "multipart/form-data; boundary=x",
            10 => "application/json",
            _ => "application/x-www-form-urlencoded",
        };
        if (method != "GET")
        {
            var length = mutation == 11 ? "-1" : Encoding.Latin1.GetByteCount(body).ToString(System.Globalization.CultureInfo.InvariantCulture);
            headers.Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\nContent-Length: {length}\r\n");
        }
        else
        {
            body = "";
        }

        return Encoding.Latin1.GetBytes($"{line}\r\n{headers}\r\n{body}");
    }

    private async Task<int> SendAsync(byte[] request)
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

        var buffer = new byte[64];
        var read = 0;
        try
        {
            read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken);
        }
        catch (IOException)
        {
            return 0;
        }

        var text = Encoding.ASCII.GetString(buffer, 0, read);
        return text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(text.AsSpan(9, 3), out var status) ? status : 0;
    }
}
