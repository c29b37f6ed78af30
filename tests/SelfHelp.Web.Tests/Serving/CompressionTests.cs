using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SelfHelp.Web.Tests.Pages;

namespace SelfHelp.Web.Tests.Serving;

/// <summary>
/// Pages are compressed, and the BREACH rules of ADR 0005 hold: nothing that reflects request input is compressed,
/// no form post's response is compressed, and the antiforgery token is different in every response.
/// </summary>
public sealed class CompressionTests(BundledSite site) : IClassFixture<BundledSite>
{
    private const string Canary = "zqcanary";

    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Get_PageAcceptingCompression_IsCompressedAndDecodesToTheSamePage(string encoding)
    {
        var plain = await (await Send("/privacy", null)).TextAsync();

        var response = await Send("/privacy", encoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(compressed.Length < Encoding.UTF8.GetByteCount(plain) / 2, $"{compressed.Length} bytes compressed, {plain.Length} plain.");
        Assert.Equal(plain, Decode(compressed, encoding));
    }

    [Fact]
    public async Task Get_UnknownExerciseCode_ReflectsTheCodeAndIsNeverCompressed()
    {
        var response = await Send($"/e/{Canary}", "br, gzip");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains(Canary, await response.TextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Every page, plus paths that carry the canary themselves.</summary>
    public static TheoryData<string, int> Routes()
    {
        var routes = EveryPageTests.Routes();
        routes.Add($"/e/{Canary}", 404);
        routes.Add($"/modules/{Canary}", 404);
        routes.Add($"/modules/welcome/{Canary}", 404);
        routes.Add($"/{Canary}", 404);
        return routes;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_AnyPage_IsNeverCompressedWhenItReflectsTheRequest(string path, int status)
    {
        _ = status;
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';

        var response = await Send($"{path}{separator}q={Canary}&saved={Canary}&finished={Canary}", "br, gzip");

        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var text = encoding is null ? Encoding.UTF8.GetString(body) : Decode(body, encoding);
        Assert.False(encoding is not null && text.Contains(Canary, StringComparison.Ordinal), $"{path} shows request input in a compressed response.");
    }

    [Fact]
    public async Task Post_FormWithErrors_ResponseIsNeverCompressed()
    {
        var page = await _client.GetDocumentAsync("/modules/welcome/3");
        var token = page.QuerySelector("input[name=__token]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/modules/welcome/3", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("__token", token), KeyValuePair.Create("forms", "looking-after-myself"), KeyValuePair.Create("looking-after-myself.helps", new string('x', 5000) + Canary)]),
        };
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Get_FormPage_AntiforgeryTokenIsDifferentInEveryResponse()
    {
        // The one secret on a page that is not the person's own answers: it must not be the same from response to
        // response, or compression could leak it (BREACH).
        var first = await _client.GetDocumentAsync("/modules/welcome/3");
        var second = await _client.GetDocumentAsync("/modules/welcome/3");

        var a = first.QuerySelector("input[name=__token]")!.GetAttribute("value");
        var b = second.QuerySelector("input[name=__token]")!.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(a));
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("link[rel=stylesheet]", "href", "text/css")]
    [InlineData("script[src]", "src", "text/javascript")]
    public async Task Get_StaticAsset_IsFingerprintedPrecompressedAndCachedForAYear(string selector, string attribute, string type)
    {
        var page = await _client.GetDocumentAsync("/");
        var url = page.Single(selector).GetAttribute(attribute)!;

        var response = await Send(url, "gzip");

        Assert.Matches(@"^/(css|js)/[a-z-]+\.[a-z0-9]{10}\.(css|js)$", url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Send(string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        }

        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string Decode(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
