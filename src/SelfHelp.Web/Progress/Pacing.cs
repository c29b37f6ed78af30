using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SelfHelp.Web.Progress;

/// <summary>Today's date in the site's time zone, and whether to suggest a pause.</summary>
public sealed class Pacing
{
    private readonly TimeProvider _clock;
    private readonly TimeZoneInfo _zone;

    public Pacing(IOptions<PacingOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clock = clock;
        ModulesPerDay = options.Value.ModulesPerDay;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    }

    public int ModulesPerDay { get; }

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _zone).DateTime);

    /// <summary>Modules this person finished today.</summary>
    public int FinishedToday(ProgressState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.FinishedOn(Today);
    }

    /// <summary>Modules finished today once they reach <see cref="ModulesPerDay"/> (time to suggest a pause); otherwise null.</summary>
    public int? PauseSuggestion(ProgressState state) => FinishedToday(state) is var finished && finished >= ModulesPerDay ? finished : null;

    public static bool IsKnownTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
