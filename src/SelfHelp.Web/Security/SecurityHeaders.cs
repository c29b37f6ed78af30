using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Security;

/// <summary>
/// Headers on every response: nothing may load from another origin, no referrer leaves the site, no powerful
/// browser feature is available, and pages (which show personal progress) are never cached.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    // Only features Chromium knows: an unknown one costs every page a console warning (checked by a browser test).
    // Firefox and Tor Browser ignore the header; the CSP above already keeps everything same-origin there.
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), " +
        "geolocation=(), gyroscope=(), hid=(), idle-detection=(), interest-cohort=(), local-fonts=(), magnetometer=(), " +
        "microphone=(), midi=(), otp-credentials=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), " +
        "screen-wake-lock=(), serial=(), usb=(), window-management=(), xr-spatial-tracking=()";

    /// <summary>True for a build-fingerprinted asset such as <c>/css/site.5ipweew5fc.css</c>.</summary>
    public static bool IsFingerprinted(PathString path) =>
        path.Value is { } value
        && (value.StartsWith("/css/", StringComparison.Ordinal) || value.StartsWith("/js/", StringComparison.Ordinal))
        && value.Split('.') is [_, { Length: 10 } hash, "css" or "js"]
        && hash.All(char.IsAsciiLetterOrDigit);

    /// <summary>How long a browser keeps to HTTPS after one visit: a year, as HSTS preload lists and scanners expect.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddSelfHelpSecurityHeaders(this IServiceCollection services) =>
        services.AddHsts(options => options.MaxAge = HstsMaxAge);

    public static void UseSelfHelpSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        var onion = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.OnionAddress;
        app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                var headers = response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers["Referrer-Policy"] = "no-referrer";
                headers.XContentTypeOptions = "nosniff";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                headers.XFrameOptions = "DENY";
                headers.Remove(HeaderNames.Server);
                if (IsFingerprinted(context.Request.Path) && response.StatusCode == StatusCodes.Status200OK)
                {
                    // The file name changes whenever the content does, so the browser may keep it for a year.
                    headers.CacheControl = "public, max-age=31536000, immutable";
                }
                else if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                    if (onion is not null)
                    {
                        headers["Onion-Location"] = $"http://{onion}{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}";
                    }
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
