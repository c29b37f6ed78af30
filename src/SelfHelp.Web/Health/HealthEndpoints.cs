using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using SelfHelp.Web.ContentHosting;

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

        endpoints.MapMethods(ReadyPath, [HttpMethods.Get, HttpMethods.Head], (HttpResponse response, Readiness readiness) => readiness.Check() switch
        {
            null => Plain(response, StatusCodes.Status200OK, "ready"),
            var reason => Plain(response, StatusCodes.Status503ServiceUnavailable, reason),
        }).DisableRateLimiting();
    }

    private static IResult Plain(HttpResponse response, int status, string text)
    {
        response.Headers.CacheControl = "no-store";
        return Results.Text(text + "\n", "text/plain; charset=utf-8", statusCode: status);
    }
}

/// <summary>
/// Ready means the content is loaded and the Data Protection key ring can be read (from its folder or from Redis).
/// An instance that cannot read the key ring would treat everyone's progress cookie as unreadable, so a load
/// balancer must not send it anyone. Once the key ring has been read it is cached in memory (and refreshed in the
/// background), so the check is made until it first succeeds and never again.
/// </summary>
internal sealed class Readiness(ContentSource content, IDataProtectionProvider protection, ILogger<Readiness> logger)
{
    private volatile bool _keyRingRead;

    /// <summary>Null when ready; otherwise why not, in a few words.</summary>
    public string? Check()
    {
        if (!content.Current.IsLoaded)
        {
            return "content not loaded";
        }

        if (!_keyRingRead)
        {
            try
            {
                protection.CreateProtector("SelfHelp.Readiness.v1").Protect([1]);
                _keyRingRead = true;
            }
            catch (CryptographicException ex)
            {
                logger.LogWarning(ex, "Not ready: the Data Protection key ring could not be read");
                return "key ring not readable";
            }
        }

        return null;
    }
}
