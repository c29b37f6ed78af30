using SelfHelp.Web.Progress;

namespace SelfHelp.Web.CheckIns;

/// <summary>When to suggest the weekly check-in: a week after the last one, unless the person put it off this week.</summary>
public static class CheckInSchedule
{
    public const int DaysBetween = 7;

    /// <summary>True when a check-in was given at least a week ago and the suggestion was not put off in the last week.</summary>
    public static bool IsDue(ProgressState state, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.CheckIns.IsEmpty)
        {
            return false;
        }

        var last = state.CheckIns[^1].Day;
        return today.DayNumber - last.DayNumber >= DaysBetween
            && !(state.CheckInSnoozed is { } snoozed && snoozed >= last && today.DayNumber - snoozed.DayNumber < DaysBetween);
    }
}
