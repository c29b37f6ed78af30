using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SelfHelp.Content.Loading;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Health;
using Serilog.Core;
using Serilog.Events;

namespace SelfHelp.Web.Tests.Health;

public sealed class HealthEndpointTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/healthz", "ok")]
    [InlineData("/readyz", "ready")]
    public async Task Get_HealthEndpoint_AnswersPlainTextNeverCachedWithSecurityHeaders(string path, string text)
    {
        var response = await _client.GetPathAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(text, (await response.TextAsync()).Trim());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("default-src 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public void HealthEndpoints_AreExcludedFromTheRateLimiter()
    {
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is HealthEndpoints.LivePath or HealthEndpoints.ReadyPath)
            .ToList();

        Assert.Equal(2, endpoints.Count);
        Assert.All(endpoints, e => Assert.NotNull(e.Metadata.GetMetadata<DisableRateLimitingAttribute>()));
    }

    [Fact]
    public async Task Sitemap_DoesNotListHealthEndpoints()
    {
        var sitemap = await (await _client.GetPathAsync("/sitemap.xml")).TextAsync();

        Assert.DoesNotContain("healthz", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("readyz", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HealthEndpoints_LogOnlyTheUsualRequestLine()
    {
        var sink = new CapturingSink();
        using var factory = new SelfHelpFactory(Paths.FixtureContent, services: s => s.AddSingleton<ILogEventSink>(sink));
        var client = factory.CreateClient();
        await client.GetPathAsync("/");
        var before = sink.Events.Count;

        await client.GetPathAsync("/healthz");
        await client.GetPathAsync("/readyz");

        var events = sink.Events.Skip(before).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.StartsWith("HTTP ", e.MessageTemplate.Text, StringComparison.Ordinal));
        Assert.Equal(["\"/healthz\"", "\"/readyz\""], events.Select(e => e.Properties["Route"].ToString()));
    }

    [Fact]
    public void Readiness_BeforeContentIsLoaded_IsNotReady()
    {
        var store = new ContentSource(new ContentLoader(), Paths.FixtureContent, NullLogger<ContentSource>.Instance);
        var readiness = new Readiness(store, new EphemeralDataProtectionProvider(), NullLogger<Readiness>.Instance);

        Assert.Equal("content not loaded", readiness.Check());
        store.Load();
        Assert.Null(readiness.Check());
    }

    [Fact]
    public void Readiness_KeyRingUnreadable_IsNotReadyWhileItCannotBeUsed()
    {
        var store = new ContentSource(new ContentLoader(), Paths.FixtureContent, NullLogger<ContentSource>.Instance);
        store.Load();
        var keys = new FlakyProtectionProvider { Failing = true };
        var readiness = new Readiness(store, keys, NullLogger<Readiness>.Instance);

        Assert.Equal("key ring not readable", readiness.Check());
        keys.Failing = false;
        Assert.Null(readiness.Check());
        keys.Failing = true;
        Assert.Equal("key ring not readable", readiness.Check());
    }

    /// <summary>Stands in for a key ring in Redis that is unreachable for a while.</summary>
    private sealed class FlakyProtectionProvider : IDataProtectionProvider, IDataProtector
    {
        public bool Failing { get; set; }

        public IDataProtector CreateProtector(string purpose) => this;

        public byte[] Protect(byte[] plaintext) => Failing ? throw new CryptographicException("The key ring could not be read.") : plaintext;

        public byte[] Unprotect(byte[] protectedData) => protectedData;
    }

    private sealed class CapturingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public ConcurrentQueue<LogEvent> Events => _events;

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
    }
}
