using System.Collections.Immutable;

namespace SelfHelp.Content.Helplines;

/// <summary>
/// When a service is open each week, in its own time zone: always, at set times, or not known. Immutable.
/// </summary>
public sealed class OpeningHours
{
    private const int MinutesPerDay = 24 * 60;
    private const int MinutesPerWeek = 7 * MinutesPerDay;

    // Opening times as [start, end) minutes from Monday 00:00, sorted and merged; an opening that runs past Sunday
    // midnight wraps round to Monday.
    private readonly ImmutableArray<(int Start, int End)> _minutes;

    private OpeningHours(bool isAlways, ImmutableArray<OpeningPeriod> periods, TimeZoneInfo timeZone)
    {
        IsAlways = isAlways;
        Periods = periods;
        TimeZone = timeZone;
        _minutes = Merge(periods);
    }

    /// <summary>Not known: no status is shown.</summary>
    public static OpeningHours Unknown { get; } = new(false, [], TimeZoneInfo.Utc);

    /// <summary>True when the hours are known.</summary>
    public bool IsKnown => IsAlways || !Periods.IsEmpty;

    /// <summary>True when the service never closes.</summary>
    public bool IsAlways { get; }

    /// <summary>The weekly opening times, in the order written.</summary>
    public ImmutableArray<OpeningPeriod> Periods { get; }

    /// <summary>The time zone the hours are in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Open all day, every day.</summary>
    public static OpeningHours Always(TimeZoneInfo timeZone) => new(true, [], timeZone);

    /// <summary>Open at the given times each week.</summary>
    public static OpeningHours Weekly(IEnumerable<OpeningPeriod> periods, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(timeZone);
        var list = periods.ToImmutableArray();
        return list.IsEmpty ? Unknown : new OpeningHours(false, list, timeZone);
    }

    /// <summary>Whether the service is open at <paramref name="now"/>, and until when, or when it opens next.</summary>
    public OpeningStatus StatusAt(DateTimeOffset now)
    {
        if (IsAlways)
        {
            return new OpeningStatus(OpeningState.Open, null, null);
        }

        if (_minutes.IsEmpty)
        {
            return OpeningStatus.Unknown;
        }

        var local = TimeZoneInfo.ConvertTime(now, TimeZone);
        var minute = MinuteOfWeek(local.DayOfWeek, (int)local.TimeOfDay.TotalMinutes);
        var weekStart = local.DateTime.Date.AddDays(-DayIndex(local.DayOfWeek));
        foreach (var (start, end) in _minutes)
        {
            if (minute >= start && minute < end)
            {
                return new OpeningStatus(OpeningState.Open, At(weekStart, end), null);
            }
        }

        // A period that wrapped past Sunday midnight also covers the start of this week.
        if (_minutes[^1].End > MinutesPerWeek && minute < _minutes[^1].End - MinutesPerWeek)
        {
            return new OpeningStatus(OpeningState.Open, At(weekStart, _minutes[^1].End - MinutesPerWeek), null);
        }

        var later = _minutes.Where(p => p.Start > minute).Select(p => p.Start).ToList();
        var opens = later.Count > 0 ? At(weekStart, later[0]) : At(weekStart.AddDays(7), _minutes[0].Start);
        return new OpeningStatus(OpeningState.Closed, null, opens);
    }

    private DateTimeOffset At(DateTime weekStart, int minuteOfWeek)
    {
        var local = weekStart.AddMinutes(minuteOfWeek);

        // A time skipped when the clocks go forward happens an hour later.
        while (TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    private static ImmutableArray<(int Start, int End)> Merge(ImmutableArray<OpeningPeriod> periods)
    {
        var ranges = periods
            .Select(p => (Start: MinuteOfWeek(p.Day, p.From), End: MinuteOfWeek(p.Day, p.From) + ((p.To - p.From + MinutesPerDay - 1) % MinutesPerDay) + 1))
            .OrderBy(r => r.Start)
            .ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return [.. merged];
    }

    private static int MinuteOfWeek(DayOfWeek day, int minute) => (DayIndex(day) * MinutesPerDay) + minute;

    private static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;
}
