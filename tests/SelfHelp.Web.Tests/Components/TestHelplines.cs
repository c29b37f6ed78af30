using SelfHelp.Content.Helplines;

namespace SelfHelp.Web.Tests.Components;

/// <summary>Helplines for component tests, built the way the loader builds them.</summary>
internal static class TestHelplines
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static Helpline Line(string name, HelplinePurpose purpose, string? phone, string? href, string? web = null) => new()
    {
        Id = name.ToLowerInvariant().Replace(' ', '-'),
        Name = name,
        Purpose = purpose,
        Description = "What it is for.",
        Phone = phone,
        PhoneHref = href,
        Web = web,
        Regions = ["gb"],
    };

    /// <summary>Stop It Now UK's hours (Monday to Thursday 09:00-21:00, Friday 09:00-17:00), from a source not checked on its own page.</summary>
    public static Helpline Specialist(bool hoursVerified = false) => Line("Stop It Now", HelplinePurpose.OwnBehaviour, "0808 1000 900", "tel:+448081000900") with
    {
        Hours = OpeningHours.Weekly(
            [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday }.Select(d => new OpeningPeriod(d, 9 * 60, 21 * 60)),
             new OpeningPeriod(DayOfWeek.Friday, 9 * 60, 17 * 60)],
            London),
        Languages = ["en", "cy"],
        Confidentiality = "They pass on details of a child at risk.",
        Sources = [new HelplineSource("https://example.org", ["phone", "hours"], hoursVerified ? new DateOnly(2026, 11, 1) : null, true, null)],
    };

    public static Helpline Crisis() => Line("Samaritans", HelplinePurpose.Crisis, "116 123", "tel:116123") with { Hours = OpeningHours.Always(London) };

    public static Helpline Emergency() => Line("Emergency services", HelplinePurpose.Emergency, "999", "tel:999") with { Hours = OpeningHours.Always(London) };
}
