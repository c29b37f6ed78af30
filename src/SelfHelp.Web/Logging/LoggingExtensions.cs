using Serilog;
using Serilog.Core;
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
        "Microsoft.AspNetCore.Antiforgery",
        "Microsoft.AspNetCore.StaticAssets",
        "Microsoft.AspNetCore.StaticFiles",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.HttpOverrides",
    ];

    /// <summary>Serilog from configuration, plus any sinks registered as services (tests capture logs that way).</summary>
    public static void AddSelfHelpLogging(this WebApplicationBuilder builder)
    {
        // The static Log.Logger is left alone, so that several sites in one process (tests) keep their logs apart.
        builder.Services.AddSerilog(Configure, preserveStaticLogger: true);

        void Configure(IServiceProvider services, LoggerConfiguration logger)
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.With<DropPersonalProperties>();
            foreach (var category in Leaky)
            {
                logger.MinimumLevel.Override(category, LogEventLevel.Warning);
            }
        }
    }

    /// <summary>
    /// One log event per request with the method, the route template, the status and the duration, and nothing
    /// else: never the path's values, the query string, the client address, the user agent or any header.
    /// </summary>
    public static void UseSelfHelpRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {Route} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("Route", new ScalarValue(RouteOf(context))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });
    }

    private static string RouteOf(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint endpoint ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/') : "(no route)";

    /// <summary>Removes properties that framework or library events may attach and that could identify a person.</summary>
    private sealed class DropPersonalProperties : ILogEventEnricher
    {
        private static readonly string[] Names =
        [
            "RequestPath", "Path", "PathBase", "QueryString", "Query", "Host", "Scheme", "RemoteIpAddress", "RemoteIp",
            "ClientIp", "UserAgent", "Referer", "Referrer", "Cookie", "Cookies", "Headers", "RequestId", "ConnectionId",
            "TraceIdentifier", "HostingRequestStartingLog", "HostingRequestFinishedLog", "Form", "Body",
        ];

        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            foreach (var name in Names)
            {
                logEvent.RemovePropertyIfPresent(name);
            }
        }
    }
}
