using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Serving;

/// <summary>
/// Static files as a browser gets them: every one a page can use is served, and when a response says it is
/// compressed it decodes to the file itself. Outside Development the stylesheet and scripts are really compressed
/// (to well under three quarters of their size), from the build output as from a published site; Development re-reads them from
/// wwwroot so that edits show at once.
/// </summary>
public sealed class StaticAssetTests
{
    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public async Task Get_EveryStaticFile_IsCompressedAsLabelled(string environment, bool reallyCompressed)
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent, environment);
        var client = site.CreateClient();
        var files = StaticRoutes(site).Where(r => !r.EndsWith(".gz", StringComparison.Ordinal) && !r.EndsWith(".br", StringComparison.Ordinal)).ToList();

        Assert.Contains(files, f => f.StartsWith("/css/site.", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var plain = await GetAsync(client, file, "identity");
            Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            var expected = await plain.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

            foreach (var accept in new[] { "gzip, deflate, br, zstd", "gzip, deflate", "br" })
            {
                var response = await GetAsync(client, file, accept);
                var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
                var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
                Assert.True(expected.SequenceEqual(Decode(body, encoding)), $"{file} with Accept-Encoding: {accept} came back as {encoding ?? "identity"} but did not decode to the file.");
                if (file.EndsWith(".css", StringComparison.Ordinal) || file.EndsWith(".js", StringComparison.Ordinal))
                {
                    Assert.NotNull(encoding);
                    Assert.False(reallyCompressed && body.Length > expected.Length * 7 / 10, $"{file} came back as {encoding} in {body.Length} bytes, for {expected.Length} bytes uncompressed.");
                }
            }
        }
    }

    [Fact]
    public void StaticFiles_OnlyWhatPagesUse_NoFrameworkScripts()
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent);

        var routes = StaticRoutes(site);

        Assert.DoesNotContain(routes, r => r.StartsWith("/_framework", StringComparison.Ordinal));
        Assert.All(routes, r => Assert.Matches(@"^/(css/site|js/quick-exit|js/listen|js/forms|js/now|favicon)(\.[a-z0-9]{10})?\.(css|js|ico|svg)(\.gz|\.br)?$", r));
    }

    [Fact]
    public async Task Get_FrameworkScript_IsNotFound()
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent);

        var response = await site.CreateClient().GetPathAsync("/_framework/blazor.web.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Favicon_IsASmallIcon()
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent);

        var response = await site.CreateClient().GetPathAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0, 0, 1, 0], bytes[..4]);
        Assert.InRange(bytes.Length, 100, 4096);
    }

    private static List<string> StaticRoutes(SelfHelpFactory site) =>
        [.. site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is null && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.Contains('.', StringComparison.Ordinal) && r is not ("/sitemap.xml" or "/robots.txt"))
            .Distinct()];

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static byte[] Decode(byte[] body, string? encoding)
    {
        if (encoding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = encoding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => throw new Xunit.Sdk.XunitException($"Unexpected Content-Encoding {encoding}."),
        };
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
