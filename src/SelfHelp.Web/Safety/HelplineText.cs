using System.Globalization;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Helplines;

namespace SelfHelp.Web.Safety;

/// <summary>
/// Says in words when a helpline is open: "Open now, until 21:00", "Closed now. Opens tomorrow at 09:00", and its weekly
/// hours, "Monday to Thursday 09:00 to 21:00". Hours that were not checked on the service's own page are hedged
/// ("Should be open now"), so that nobody is told a line is closed when the site is not sure.
/// </summary>
public static class HelplineText
{
    /// <summary>The status, with a word for its style: "open", "closed" or "unknown".</summary>
    public static (string Css, string Text) Status(Helpline helpline, HelplineClock clock, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(helpline);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(text);
        var status = clock.Status(helpline);
        var sure = helpline.HoursVerified;
        return status.State switch
        {
            OpeningState.Open when status.IsAlwaysOpen => ("open", text["Status.OpenAlways"]),
            OpeningState.Open => ("open", text[sure ? "Status.OpenUntil" : "Status.UsuallyOpenUntil", Time(clock.InZone(status.Until!.Value))]),
            OpeningState.Closed => ("closed", text[sure ? "Status.ClosedOpens" : "Status.UsuallyClosedOpens", When(status.Opens!.Value, clock, text)]),
            _ => ("unknown", text["Status.Unknown"]),
        };
    }

    /// <summary>The weekly hours in words, or null when they are not known or it never closes.</summary>
    public static string? Hours(Helpline helpline, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(helpline);
        ArgumentNullException.ThrowIfNull(text);
        var hours = helpline.Hours;
        if (hours.IsAlways)
        {
            return text["Hours.Always"];
        }

        if (!hours.IsKnown)
        {
            return null;
        }

        // Days with the same times are named together: "Monday to Thursday 09:00 to 21:00; Friday 09:00 to 17:00".
        var byDay = Enumerable.Range(0, 7).Select(i => (DayOfWeek)((i + 1) % 7))
            .Select(day => (Day: day, Times: string.Join(", ", hours.Periods.Where(p => p.Day == day).OrderBy(p => p.From).Select(p => text["Hours.Range", Clock(p.From), Clock(p.To)].Value))))
            .Where(d => d.Times.Length > 0)
            .ToList();
        var groups = new List<(DayOfWeek First, DayOfWeek Last, int Count, string Times)>();
        foreach (var (day, times) in byDay)
        {
            if (groups.Count > 0 && groups[^1].Times == times && ((int)groups[^1].Last + 1) % 7 == (int)day)
            {
                groups[^1] = (groups[^1].First, day, groups[^1].Count + 1, times);
            }
            else
            {
                groups.Add((day, day, 1, times));
            }
        }

        var culture = CultureInfo.CurrentCulture.DateTimeFormat;
        return string.Join("; ", groups.Select(g =>
        {
            var days = g.Count == 7 ? text["Hours.EveryDay"].Value
                : g.Count == 1 ? culture.GetDayName(g.First)
                : text["Hours.Range", culture.GetDayName(g.First), culture.GetDayName(g.Last)].Value;
            return $"{days} {g.Times}";
        }));
    }

    private static string When(DateTimeOffset opens, HelplineClock clock, IStringLocalizer text)
    {
        var local = clock.InZone(opens);
        var days = DateOnly.FromDateTime(local).DayNumber - clock.Today.DayNumber;
        return days switch
        {
            0 => text["Status.Today", Time(local)],
            1 => text["Status.Tomorrow", Time(local)],
            _ => text["Status.OnDay", CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(local.DayOfWeek), Time(local)],
        };
    }

    private static string Time(DateTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Clock(int minutes) => minutes == 24 * 60 ? "24:00" : $"{minutes / 60:00}:{minutes % 60:00}";
}
