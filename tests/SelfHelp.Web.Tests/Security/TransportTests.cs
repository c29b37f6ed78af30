using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// Behind a TLS-terminating proxy on the same machine (trusted for X-Forwarded-Proto only), on the real server: HTTPS
/// is recognised whatever the header's case, and then the antiforgery cookie is Secure and HSTS lasts a year.
/// </summary>
public sealed class TransportTests : IDisposable
{
    private readonly SelfHelpFactory _site = new(Paths.FixtureContent);
    private readonly HttpClient _client;

    public TransportTests()
    {
        _site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _site.StartServer();
        var address = _site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(address) };
    }

    [Theory]
    [InlineData("https")]
    [InlineData("HTTPS")]
    [InlineData("Https")]
    public async Task Get_FormPageForwardedAsHttps_SecureAntiforgeryCookieAndAYearOfHsts(string proto)
    {
        var response = await GetAsync("/modules/first/1", proto);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("secure", Cookie(response, "sh-af"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http")]
    [InlineData("gopher")]
    public async Task Get_FormPageOverHttp_NoSecureFlagAndNoHsts(string? proto)
    {
        var response = await GetAsync("/modules/first/1", proto);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("secure", Cookie(response, "sh-af"), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("https", "https")]
    [InlineData("HTTPS", "https")]
    [InlineData("http", "http")]
    [InlineData("HtTp", "http")]
    [InlineData("javascript", "http")]
    [InlineData("", "http")]
    public void Scheme_ForwardedInAnyCase_IsHttpOrHttps(string forwarded, string scheme)
    {
        Assert.Equal(scheme, RequestLimits.Scheme(forwarded));
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? proto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = "selfhelp.example";
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }

        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string Cookie(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(name + "=", StringComparison.Ordinal));
}
