using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Serilog.Events;

namespace SelfHelp.Web.Logging;

/// <summary>
/// One line per request: the method, the route template of the page asked for (not of the error page that answered),
/// the status and the duration. A failure adds the exception's type and where in the site's code it was thrown,
/// never its message (which may quote a value someone sent). Failures of one kind are throttled
/// (<see cref="FailureThrottle"/>). Never the path's values, the query string, the address, the user agent or a header.
/// </summary>
internal sealed class RequestLog(RequestDelegate next, Serilog.ILogger logger, FailureThrottle throttle, IHostEnvironment environment)
{
    private const string Template = "HTTP {RequestMethod} {Route} responded {StatusCode} in {Elapsed:0.0} ms";
    private const string FailureTemplate = Template + ": {ExceptionType} at {ExceptionSite}";
    private const string RepeatsSuffix = " ({Unlogged} more like it not logged since the last)";

    private static readonly string[] KnownMethods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"];

    private readonly Serilog.ILogger _logger = logger.ForContext<RequestLog>();
    private readonly bool _withStackTraces = environment.IsDevelopment();

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var route = new FirstRoute();
        context.Features.Set(route);
        Exception? escaped = null;
        try
        {
            await next(context);
        }
        catch (Exception error) when (!context.RequestAborted.IsCancellationRequested)
        {
            // Only a failure outside the exception handler (in the middleware before it) gets here: it is logged
            // as one line like any other, and answered with a bare 500 instead of the server's own multi-line log.
            escaped = error;
            if (context.Response.HasStarted)
            {
                throw;
            }

            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
        finally
        {
            Write(context, route, Stopwatch.GetElapsedTime(started).TotalMilliseconds, escaped);
        }
    }

    /// <summary>Called right after routing; only the first routing of a request counts (not a re-executed error page's).</summary>
    public static void RecordRoute(HttpContext context)
    {
        if (context.Features.Get<FirstRoute>() is { Routed: false } route)
        {
            route.Routed = true;
            route.Name = context.GetEndpoint() switch
            {
                RouteEndpoint endpoint => "/" + endpoint.RoutePattern.RawText?.TrimStart('/'),
                { DisplayName: { } name } => $"({name})",
                _ => "(no route)",
            };
        }
    }

    private void Write(HttpContext context, FirstRoute route, double elapsed, Exception? escaped)
    {
        var status = context.Response.StatusCode;
        var method = Array.Find(KnownMethods, m => string.Equals(m, context.Request.Method, StringComparison.OrdinalIgnoreCase)) ?? "(other)";
        var error = escaped ?? context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (status < 400 && error is null)
        {
            _logger.Information(Template, method, route.Name, status, elapsed);
            return;
        }

        var exceptionType = error?.GetType().Name;
        var (log, unlogged) = throttle.Check(route.Name, status, exceptionType);
        if (!log)
        {
            return;
        }

        var level = status >= 500 || error is not null ? LogEventLevel.Error : LogEventLevel.Information;
        var template = error is null ? Template : FailureTemplate;
        object?[] values = error is null ? [method, route.Name, status, elapsed] : [method, route.Name, status, elapsed, exceptionType, SiteOf(error)];
        if (unlogged > 0)
        {
            template += RepeatsSuffix;
            values = [.. values, unlogged];
        }

        _logger.Write(level, _withStackTraces ? error : null, template, values);
    }

    /// <summary>The innermost frame in the site's own code (else the first frame), as Type.Method and line.</summary>
    private static string SiteOf(Exception error)
    {
        var frames = new StackTrace(error, fNeedFileInfo: true).GetFrames();
        var frame = Array.Find(frames, f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("SelfHelp", StringComparison.Ordinal) == true)
            ?? frames.FirstOrDefault();
        if (frame?.GetMethod() is not { } method)
        {
            return "(unknown)";
        }

        var line = frame.GetFileLineNumber();
        return $"{method.DeclaringType?.Name}.{method.Name}{(line > 0 ? $" line {line}" : "")}";
    }

    /// <summary>The route template of the page first asked for, kept while error pages are re-executed.</summary>
    private sealed class FirstRoute
    {
        public bool Routed { get; set; }

        public string Name { get; set; } = "(no route)";
    }
}
