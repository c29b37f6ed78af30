using SelfHelp.Content.Helplines;

namespace SelfHelp.Web.Safety;

/// <summary>
/// The moment a page is drawn and the time zone its times are shown in (the person's chosen region), so that every
/// "open now" on the page is worked out once, on the server, from the same moment. Tests make one with a fixed time.
/// </summary>
/// <param name="Now">The moment, from the site's <see cref="TimeProvider"/>.</param>
/// <param name="Zone">The region's time zone.</param>
public sealed record HelplineClock(DateTimeOffset Now, TimeZoneInfo Zone)
{
    /// <summary>Whether the helpline is open now, until when, or when it opens next.</summary>
    public OpeningStatus Status(Helpline helpline)
    {
        ArgumentNullException.ThrowIfNull(helpline);
        return helpline.Hours.StatusAt(Now);
    }

    /// <summary>A moment as a date and time in the region.</summary>
    public DateTime InZone(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone).DateTime;

    /// <summary>Today's date in the region.</summary>
    public DateOnly Today => DateOnly.FromDateTime(InZone(Now));
}
