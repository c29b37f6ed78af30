using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace SelfHelp.Web.Tests.Logging;

public sealed class RequestLogTests
{
    private const string Secret = "zqxsecret-exception-message";

    private readonly CapturingSink _sink = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Get_PageThatThrows_IsLoggedOnceInOneLineWithItsRouteAndNoMessage()
    {
        using var site = Site(throwing: true);

        var response = await site.CreateClient().GetPathAsync("/modules/first");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var logged = Assert.Single(_sink.Events, e => e.Level >= LogEventLevel.Error);
        Assert.Same(logged, Assert.Single(_sink.Requests));
        Assert.Null(logged.Exception);
        var line = logged.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("HTTP \"GET\" \"/modules/{id}\" responded 500 in ", line, StringComparison.Ordinal);
        Assert.Contains(": \"InvalidOperationException\" at \"ThrowingFilter.OnPageHandlerExecuting line ", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain(Secret, _sink.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SameFailureAgainAndAgain_IsLoggedOnceAMinuteWithACountOfTheRest()
    {
        using var site = Site(throwing: true);
        var client = site.CreateClient();

        for (var i = 0; i < 50; i++)
        {
            await client.GetPathAsync("/modules/first");
        }

        Assert.Single(_sink.Requests);
        _clock.Now += TimeSpan.FromSeconds(61);
        await client.GetPathAsync("/modules/second");
        var next = _sink.Requests.Last();
        Assert.Equal(2, _sink.Requests.Count());
        Assert.Equal("49", next.Properties["Unlogged"].ToString());
    }

    [Fact]
    public async Task Get_FormPageWithATamperedAntiforgeryCookie_AgainAndAgain_ServesThePageAndLogsNoErrorOrAntiforgeryWarning()
    {
        using var site = Site(throwing: false);
        var client = site.CreateClient(new() { HandleCookies = false });
        var page = await client.GetPathAsync("/modules/first/1");
        var cookie = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("sh-af=", StringComparison.Ordinal));
        // One character changed near the end: still base64, no longer what the key ring protected.
        var tampered = cookie[..^3] + (cookie[^3] == 'A' ? 'B' : 'A') + cookie[^2..];

        for (var i = 0; i < 20; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/modules/first/1", UriKind.Relative));
            request.Headers.Add("Cookie", tampered);
            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // (The fixture content's own warnings at start are not about requests.)
        Assert.DoesNotContain(_sink.Events, e => e.Level >= LogEventLevel.Error || e.Properties.GetValueOrDefault("SourceContext")?.ToString().Contains("Antiforgery", StringComparison.Ordinal) == true);
        Assert.Equal(21, _sink.Requests.Count());
    }

    [Fact]
    public async Task Get_FloodOfUnknownPages_LeavesOneLine()
    {
        using var site = Site(throwing: false);
        var client = site.CreateClient();

        for (var i = 0; i < 200; i++)
        {
            await client.GetPathAsync($"/no-such-page-{i}");
        }

        var logged = Assert.Single(_sink.Requests);
        Assert.Equal("\"(no route)\"", logged.Properties["Route"].ToString());
        Assert.Equal("404", logged.Properties["StatusCode"].ToString());
    }

    [Fact]
    public async Task Get_Successes_AreEachLogged()
    {
        using var site = Site(throwing: false);
        var client = site.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await client.GetPathAsync("/modules/first");
        }

        Assert.Equal(5, _sink.Requests.Count());
    }

    [Fact]
    public async Task Request_WithAMadeUpMethod_LogsNeitherTheMethodNorTheRouteValues()
    {
        using var site = Site(throwing: false);

        var response = await site.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod("ZQXMARKER"), new Uri("/modules/zqxmarker", UriKind.Relative)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var logged = Assert.Single(_sink.Requests);
        Assert.Equal("\"(other)\"", logged.Properties["RequestMethod"].ToString());
        Assert.DoesNotContain("zqxmarker", _sink.Text(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_StatusPageReExecuted_LogsTheRouteAskedFor()
    {
        using var site = Site(throwing: false);

        await site.CreateClient().GetPathAsync("/modules/no-such-module/1");

        Assert.Equal("\"/modules/{id}/{step:int}\"", Assert.Single(_sink.Requests).Properties["Route"].ToString());
    }

    [Fact]
    public async Task Request_ThatFailsOutsideTheExceptionHandler_IsOneLineAndABare500()
    {
        var logger = new Serilog.LoggerConfiguration().WriteTo.Sink(_sink).CreateLogger();
        var environment = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" };
        var log = new SelfHelp.Web.Logging.RequestLog(_ => throw new InvalidOperationException(Secret), logger, new SelfHelp.Web.Logging.FailureThrottle(_clock), environment);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Method = "GET";

        await log.InvokeAsync(context);

        Assert.Equal(500, context.Response.StatusCode);
        var logged = Assert.Single(_sink.Requests);
        Assert.Equal(LogEventLevel.Error, logged.Level);
        Assert.Null(logged.Exception);
        Assert.Equal("\"InvalidOperationException\"", logged.Properties["ExceptionType"].ToString());
        Assert.Equal("\"(no route)\"", logged.Properties["Route"].ToString());
        Assert.DoesNotContain(Secret, _sink.Text(), StringComparison.Ordinal);
    }

    private SelfHelpFactory Site(bool throwing) => new(Paths.FixtureContent, services: services =>
    {
        services.AddSingleton<ILogEventSink>(_sink);
        services.AddSingleton<TimeProvider>(_clock);
        if (throwing)
        {
            services.Configure<MvcOptions>(options => options.Filters.Add(new ThrowingFilter()));
        }
    });

    private sealed class ThrowingFilter : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Path.StartsWithSegments("/modules", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(Secret);
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
