using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SelfHelp.Web.Security;

/// <summary>
/// Limits that keep hostile input cheap to refuse: body and form sizes, and a rate limit on every POST.
/// </summary>
internal static class RequestLimits
{
    /// <summary>
    /// The header a reverse proxy adds when it hands on a post it refused itself as one too many (its own per-client
    /// limit, deployment.md), so that the site refuses it the same way and gives the person's words back (ADR 0013).
    /// It can only make the site refuse a post, so it needs no trust.
    /// </summary>
    public const string RefusedByProxyHeader = "X-SelfHelp-Refused";

    /// <summary>Largest request body: a progress file (64 KB) with room for the form around it.</summary>
    public const long MaxBodyBytes = 96 * 1024;

    public static IServiceCollection AddSelfHelpRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>()
            .Bind(configuration.GetSection(SecurityOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.Configure<FormOptions>(options =>
        {
            options.ValueCountLimit = 200;
            options.ValueLengthLimit = 80 * 1024;
            options.KeyLengthLimit = 200;
            options.MultipartBodyLengthLimit = MaxBodyBytes;
            options.MultipartHeadersLengthLimit = 8 * 1024;
        });

        // HTTPS detection behind a reverse proxy. Only X-Forwarded-Proto is honoured (never X-Forwarded-For, so the
        // client's address is not even read), and only from proxies on loopback unless more are configured.
        services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.XForwardedProto);

        // Partitioned per client so one client cannot exhaust the server. The partition key is a keyed hash of the
        // connection's address under a random key made at start and never stored: it lives only in this process's
        // memory, cannot be turned back into an address, and is gone on restart. Idle partitions are dropped.
        var key = RandomNumberGenerator.GetBytes(32);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((options, security) =>
        {
            var postsPerMinute = security.Value.PostsPerMinute;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Features.Get<IStatusCodeReExecuteFeature>() is null
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        Partition(context, key),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = postsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    public static void UseSelfHelpRequestLimits(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use((context, next) =>
        {
            // A proxy's X-Forwarded-Proto is trusted, but only for the two schemes that exist, in any case ("HTTPS").
            context.Request.Scheme = Scheme(context.Request.Scheme);

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = MaxBodyBytes;
            }

            Forms.FormCharset.DropUndecodable(context.Request);
            return next(context);
        });
    }

    /// <summary>
    /// The rate limit on posts. After routing, so that the "please wait" page knows which page a refused post was for
    /// and can give its words back (ADR 0013).
    /// </summary>
    public static void UseSelfHelpRateLimiter(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Headers.ContainsKey(RefusedByProxyHeader)
                && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseRateLimiter();
    }

    /// <summary>http or https, whatever the case it arrived in; anything else counts as http.</summary>
    public static string Scheme(string forwarded) =>
        string.Equals(forwarded, "https", StringComparison.OrdinalIgnoreCase) ? "https" : "http";

    private static string Partition(HttpContext context, byte[] key)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(address)), 0, 16);
    }
}

