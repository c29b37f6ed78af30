using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Keys;

namespace SelfHelp.Web.Health;

/// <summary>
/// <c>/healthz</c> (the process answers) and <c>/readyz</c> (it can serve pages) for load balancers and process
/// supervisors. Both are plain text, never cached, and hold nothing about anyone.
/// </summary>
internal static class HealthEndpoints
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";

    public static IServiceCollection AddSelfHelpHealth(this IServiceCollection services)
    {
        services.AddSingleton<Readiness>();
        return services;
    }

    public static void MapSelfHelpHealth(this IEndpointRouteBuilder endpoints)
    {
        // HEAD too: monitors often probe with it.
        endpoints.MapMethods(LivePath, [HttpMethods.Get, HttpMethods.Head], (HttpResponse response) => Plain(response, StatusCodes.Status200OK, "ok"))
            .DisableRateLimiting();

        // The feedback store is reported on a second line but never makes the site unready: people must still reach
        // the modules and the helplines when only the optional questions cannot be counted.
        endpoints.MapMethods(ReadyPath, [HttpMethods.Get, HttpMethods.Head], async (HttpResponse response, Readiness readiness, SelfHelp.Web.Feedback.IFeedbackStore feedback) =>
        {
            if (readiness.Check() is { } reason)
            {
                return Plain(response, StatusCodes.Status503ServiceUnavailable, reason);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            var counting = await feedback.IsAvailableAsync(timeout.Token);
            return Plain(response, StatusCodes.Status200OK, counting ? "ready" : "ready\nfeedback store not available");
        }).DisableRateLimiting();
    }

    private static IResult Plain(HttpResponse response, int status, string text)
    {
        response.Headers.CacheControl = "no-store";
        return Results.Text(text + "\n", "text/plain; charset=utf-8", statusCode: status);
    }
}
