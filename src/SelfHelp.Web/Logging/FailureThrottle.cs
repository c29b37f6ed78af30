namespace SelfHelp.Web.Logging;

/// <summary>
/// Decides whether a failed request is written to the log: the first failure of a kind (route template, status,
/// exception type) in each minute is, and the rest are only counted, and the count goes into the next line written
/// for that kind. A scanner sending a hundred thousand bad requests leaves a few lines a minute, not a flood.
/// </summary>
internal sealed class FailureThrottle(TimeProvider clock)
{
    /// <summary>How long one logged failure stands for the same kind of failures after it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Kinds are bounded (routes x statuses x exception types), but a ceiling keeps memory bounded whatever happens.
    private const int MaxKinds = 1000;

    private readonly Dictionary<(string Route, int Status, string? Exception), Entry> _kinds = [];
    private readonly Lock _lock = new();

    /// <summary>Whether to log this failure now, and how many like it were not logged since the last one that was.</summary>
    public (bool Log, int Unlogged) Check(string route, int status, string? exception)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            var key = (route, status, exception);
            if (_kinds.TryGetValue(key, out var entry) && now - entry.Logged < Window)
            {
                entry.Unlogged++;
                return (false, 0);
            }

            if (_kinds.Count >= MaxKinds)
            {
                _kinds.Clear();
            }

            _kinds[key] = new Entry { Logged = now };
            return (true, entry?.Unlogged ?? 0);
        }
    }

    private sealed class Entry
    {
        public DateTimeOffset Logged { get; init; }

        public int Unlogged { get; set; }
    }
}
