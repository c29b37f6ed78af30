using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace SelfHelp.Web.Tests.Logging;

/// <summary>Keeps every log event the site writes, for tests that read the log.</summary>
internal sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IEnumerable<LogEvent> Events => _events;

    /// <summary>The request log's events ("HTTP GET /route responded ...").</summary>
    public IEnumerable<LogEvent> Requests => _events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal));

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Every event as text: its message, exception and properties.</summary>
    public string Text() => string.Join('\n', _events.Select(e =>
        e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + e.Exception + " " +
        string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}"))));
}
