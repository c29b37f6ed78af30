using System.Globalization;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Helplines;

/// <summary>
/// Reads a helpline's <c>hours</c>: <c>always</c>, or one line per set of days, such as <c>mon-thu 09:00-21:00</c>,
/// <c>fri 09:00-12:00, 13:00-17:00</c>, <c>daily 17:00-24:00</c> or <c>weekdays 09:00-17:00</c>.
/// </summary>
internal static class OpeningHoursReader
{
    public const string Hint = "Write 'hours: always' for a service that never closes. Otherwise list one line per set of days, each days then times, such as '- mon-thu 09:00-21:00' and '- fri 09:00-17:00'. Days: mon tue wed thu fri sat sun, a range such as mon-fri, a list such as tue,thu, or daily, weekdays, weekends. Times are 24-hour, such as 09:30-12:30; 24:00 is midnight at the end of the day, and a time that ends before it starts runs past midnight.";

    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>The hours, <see cref="OpeningHours.Unknown"/> when there are none, or null when they have errors.</summary>
    public static OpeningHours? Read(YamlMap map, TimeZoneInfo zone, ProblemList problems)
    {
        if (!map.Has("hours"))
        {
            return OpeningHours.Unknown;
        }

        var items = map.StringItems("hours", Hint);
        if (items.Length == 1 && items[0].Value.Equals("always", StringComparison.OrdinalIgnoreCase))
        {
            return OpeningHours.Always(zone);
        }

        var periods = new List<OpeningPeriod>();
        var errorsBefore = problems.ErrorCount;
        foreach (var (text, line) in items)
        {
            periods.AddRange(ReadLine(text, line, problems));
        }

        if (items.IsEmpty && problems.ErrorCount == errorsBefore)
        {
            problems.Error(map.LineOf("hours"), "'hours' is empty.", Hint);
        }

        return problems.ErrorCount == errorsBefore ? OpeningHours.Weekly(periods, zone) : null;
    }

    private static List<OpeningPeriod> ReadLine(string text, int line, ProblemList problems)
    {
        if (text.Equals("always", StringComparison.OrdinalIgnoreCase))
        {
            problems.Error(line, "'always' cannot be mixed with other hours.", Hint);
            return [];
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            problems.Error(line, $"'{text}' has no times.", Hint);
            return [];
        }

        var days = Days(text[..space].Trim().ToLowerInvariant());
        if (days is null)
        {
            problems.Error(line, $"'{text[..space]}' in '{text}' is not a day, a range of days or a list of days.", Hint);
            return [];
        }

        var periods = new List<OpeningPeriod>();
        foreach (var range in text[(space + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = range.Split('-', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || Minutes(parts[0], allowEnd: false) is not { } from || Minutes(parts[1], allowEnd: true) is not { } to || from == to)
            {
                problems.Error(line, $"'{range}' in '{text}' is not a time range such as 09:00-17:00.", Hint);
                return [];
            }

            periods.AddRange(days.Select(day => new OpeningPeriod(day, from, to)));
        }

        if (periods.Count == 0)
        {
            problems.Error(line, $"'{text}' has no times.", Hint);
        }

        return periods;
    }

    private static List<DayOfWeek>? Days(string text)
    {
        switch (text)
        {
            case "daily":
                return [.. Enumerable.Range(0, 7).Select(Day)];
            case "weekdays":
                return [.. Enumerable.Range(0, 5).Select(Day)];
            case "weekends":
                return [Day(5), Day(6)];
        }

        var days = new List<DayOfWeek>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            var first = Array.IndexOf(DayNames, ends[0]);
            var last = Array.IndexOf(DayNames, ends[^1]);
            if (ends.Length > 2 || first < 0 || last < 0)
            {
                return null;
            }

            for (var i = first; ; i = (i + 1) % 7)
            {
                days.Add(Day(i));
                if (i == last)
                {
                    break;
                }
            }
        }

        return days;
    }

    private static DayOfWeek Day(int mondayFirst) => (DayOfWeek)((mondayFirst + 1) % 7);

    private static int? Minutes(string text, bool allowEnd)
    {
        if (!TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return allowEnd && text == "24:00" ? 24 * 60 : null;
        }

        return (time.Hour * 60) + time.Minute;
    }
}
