using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using Serilog.Events;

namespace SelfHelp.Web.Logging;

internal static class LoggingExtensions
{
    // Framework categories that log paths, query strings, headers or handler arguments below Warning. They are held
    // at Warning in code, whatever the configuration says, so no settings change can make them leak.
    private static readonly string[] Leaky =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Mvc",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.HttpLogging",
        "Microsoft.AspNetCore.StaticAssets",
        "Microsoft.AspNetCore.StaticFiles",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.HttpOverrides",
        "Microsoft.AspNetCore.HostFiltering",
    ];

    // Framework categories whose warnings and errors are caused by what a client sends, and which the site handles
    // itself. A tampered antiforgery cookie made the framework log an error with a stack trace on every request (the
    // page works all the same, and a form post without a valid token gives the words back), so anyone could fill the
    // log past the request log's throttle. Held above Error; a key ring in trouble is logged by KeyRingGuard.
    private static readonly string[] ClientCaused =
    [
        "Microsoft.AspNetCore.Antiforgery",
    ];

    /// <summary>Serilog from configuration, plus any sinks registered as services (tests capture logs that way).</summary>
    public static void AddSelfHelpLogging(this WebApplicationBuilder builder)
    {
        // The static Log.Logger is left alone, so that several sites in one process (tests) keep their logs apart.
        builder.Services.AddSerilog(Configure, preserveStaticLogger: true);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FailureThrottle>();

        void Configure(IServiceProvider services, LoggerConfiguration logger)
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.With<DropPersonalProperties>();
            foreach (var category in Leaky)
            {
                logger.MinimumLevel.Override(category, LogEventLevel.Warning);
            }

            foreach (var category in ClientCaused)
            {
                logger.MinimumLevel.Override(category, LogEventLevel.Fatal);
            }
        }
    }

    /// <summary>The request log (<see cref="RequestLog"/>): first in the pipeline, so that it sees every request.</summary>
    public static void UseSelfHelpRequestLogging(this WebApplication app) => app.UseMiddleware<RequestLog>();

    /// <summary>Right after routing: remembers which route the request asked for, before any error page is re-executed.</summary>
    public static void UseSelfHelpRouteLogging(this WebApplication app) =>
        app.Use((context, next) =>
        {
            RequestLog.RecordRoute(context);
            return next(context);
        });
}
