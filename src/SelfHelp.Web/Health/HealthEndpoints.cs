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

/// <summary>
/// Ready means the content is loaded and the Data Protection key ring holds keys and can protect. An instance that
/// cannot would treat everyone's progress as unreadable, so a load balancer must not send it anyone. The key ring is
/// cached in memory by Data Protection, so the check is cheap enough to make on every call.
/// </summary>
internal sealed class Readiness(ContentSource content, IDataProtectionProvider protection, KeyRingGuard? guard, ILogger<Readiness> logger)
{
    public Readiness(ContentSource content, IDataProtectionProvider protection, ILogger<Readiness> logger)
        : this(content, protection, null, logger)
    {
    }

    /// <summary>Null when ready; otherwise why not, in a few words.</summary>
    public string? Check()
    {
        if (!content.Current.IsLoaded)
        {
            return "content not loaded";
        }

        switch (guard?.Health)
        {
            case KeyRingHealth.Empty:
                return "key ring empty";
            case KeyRingHealth.Unreadable:
                return "key ring not readable";
        }

        try
        {
            protection.CreateProtector("SelfHelp.Readiness.v1").Protect([1]);
            _failing = false;
            return null;
        }
        catch (CryptographicException ex)
        {
            // Logged when it starts failing, not at every probe of a load balancer.
            if (!_failing)
            {
                logger.LogWarning(ex, "Not ready: the Data Protection key ring could not be used");
            }

            _failing = true;
            return "key ring not readable";
        }
    }

    private volatile bool _failing;
}
