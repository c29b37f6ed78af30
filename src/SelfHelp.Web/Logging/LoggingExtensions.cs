using Serilog;
using Serilog.Events;

namespace SelfHelp.Web.Logging;

internal static class LoggingExtensions
{
    /// <summary>Serilog from configuration. Levels live in appsettings; framework request logs are off by default.</summary>
    public static void AddSelfHelpLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((_, logger) => logger.ReadFrom.Configuration(builder.Configuration));
    }

    /// <summary>
    /// One log event per request with the method, the route template, the status and the duration, and nothing
    /// else: never the path's values, the query string, the client address, the user agent or any header.
    /// </summary>
    public static void UseSelfHelpRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
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
}
