using Serilog.Core;
using Serilog.Events;

namespace SelfHelp.Web.Logging;

/// <summary>Removes properties that framework or library events may attach and that could identify a person.</summary>
internal sealed class DropPersonalProperties : ILogEventEnricher
{
    private static readonly string[] Names =
    [
        "RequestPath", "Path", "PathBase", "QueryString", "Query", "Host", "Scheme", "RemoteIpAddress", "RemoteIp",
        "ClientIp", "UserAgent", "Referer", "Referrer", "Cookie", "Cookies", "Headers", "RequestId", "ConnectionId",
        "TraceIdentifier", "HostingRequestStartingLog", "HostingRequestFinishedLog", "Form", "Body",
    ];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var name in Names)
        {
            logEvent.RemovePropertyIfPresent(name);
        }
    }
}
