using System.Globalization;
using SelfHelp.Content.Helplines;

namespace SelfHelp.Content.Tests.Helplines;

/// <summary>"Open now" at fixed moments. London is UTC+0 in winter and UTC+1 in summer (from 29 March 2026).</summary>
public class OpeningHoursTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    // Stop It Now UK's hours: Monday to Thursday 09:00-21:00, Friday 09:00-17:00.
    private static readonly OpeningHours Helpline = OpeningHours.Weekly(
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday }.Select(d => new OpeningPeriod(d, 9 * 60, 21 * 60)),
         new OpeningPeriod(DayOfWeek.Friday, 9 * 60, 17 * 60)],
        London);

    [Theory]
    [InlineData("2026-12-07T10:00:00Z", "2026-12-07T21:00:00+00:00")]
    [InlineData("2026-12-07T09:00:00Z", "2026-12-07T21:00:00+00:00")]
    [InlineData("2026-12-07T20:59:00Z", "2026-12-07T21:00:00+00:00")]
    [InlineData("2026-12-04T16:30:00Z", "2026-12-04T17:00:00+00:00")]
    [InlineData("2026-07-06T08:30:00Z", "2026-07-06T21:00:00+01:00")]
    public void StatusAt_DuringOpeningHours_IsOpenUntilClosing(string now, string until)
    {
        var status = Helpline.StatusAt(At(now));

        Assert.Equal(OpeningState.Open, status.State);
        Assert.Equal(At(until), status.Until);
        Assert.Equal(At(until).Offset, status.Until!.Value.Offset);
    }

    [Theory]
    [InlineData("2026-12-07T08:59:00Z", "2026-12-07T09:00:00+00:00")]
    [InlineData("2026-12-07T21:00:00Z", "2026-12-08T09:00:00+00:00")]
    [InlineData("2026-12-04T17:00:00Z", "2026-12-07T09:00:00+00:00")]
    [InlineData("2026-12-06T12:00:00Z", "2026-12-07T09:00:00+00:00")]
    [InlineData("2026-07-06T07:30:00Z", "2026-07-06T09:00:00+01:00")]
    public void StatusAt_OutsideOpeningHours_IsClosedAndSaysWhenItOpens(string now, string opens)
    {
        var status = Helpline.StatusAt(At(now));

        Assert.Equal(OpeningState.Closed, status.State);
        Assert.Equal(At(opens), status.Opens);
        Assert.Null(status.Until);
    }

    [Fact]
    public void StatusAt_WorksInTheServicesTimeZone()
    {
        // 08:30 in London is 09:30 in Brussels, where a line opening at 09:00 is already open.
        var brussels = OpeningHours.Weekly([new OpeningPeriod(DayOfWeek.Monday, 9 * 60, 12 * 60)], Brussels);

        Assert.True(brussels.StatusAt(At("2026-12-07T08:30:00Z")).IsOpen);
        Assert.False(Helpline.StatusAt(At("2026-12-07T08:30:00Z")).IsOpen);
    }

    [Theory]
    [InlineData("2026-12-08T23:30:00Z", true, "2026-12-09T02:00:00+00:00")]
    [InlineData("2026-12-09T01:59:00Z", true, "2026-12-09T02:00:00+00:00")]
    [InlineData("2026-12-09T02:00:00Z", false, null)]
    public void StatusAt_HoursPastMidnight_StayOpenIntoTheNextDay(string now, bool open, string? until)
    {
        var late = OpeningHours.Weekly([new OpeningPeriod(DayOfWeek.Tuesday, 22 * 60, 2 * 60)], London);

        var status = late.StatusAt(At(now));

        Assert.Equal(open, status.IsOpen);
        Assert.Equal(until is null ? null : At(until), status.Until);
    }

    [Fact]
    public void StatusAt_SundayNightIntoMonday_WrapsRoundTheWeek()
    {
        var late = OpeningHours.Weekly([new OpeningPeriod(DayOfWeek.Sunday, 23 * 60, 1 * 60)], London);

        var status = late.StatusAt(At("2026-12-07T00:30:00Z"));

        Assert.True(status.IsOpen);
        Assert.Equal(At("2026-12-07T01:00:00+00:00"), status.Until);
    }

    [Fact]
    public void StatusAt_PeriodsThatMeet_AreOneOpening()
    {
        var evening = OpeningHours.Weekly([new OpeningPeriod(DayOfWeek.Monday, 22 * 60, 24 * 60), new OpeningPeriod(DayOfWeek.Tuesday, 0, 2 * 60)], London);

        Assert.Equal(At("2026-12-08T02:00:00+00:00"), evening.StatusAt(At("2026-12-07T23:00:00Z")).Until);
    }

    [Fact]
    public void StatusAt_OpeningInTheHourSkippedWhenClocksGoForward_OpensWhenTheClockAllows()
    {
        // On Sunday 29 March 2026 London's clocks jump from 01:00 to 02:00.
        var night = OpeningHours.Weekly([new OpeningPeriod(DayOfWeek.Sunday, 60 + 30, 3 * 60)], London);

        var status = night.StatusAt(At("2026-03-29T00:00:00Z"));

        Assert.Equal(OpeningState.Closed, status.State);
        Assert.Equal(At("2026-03-29T02:00:00+01:00"), status.Opens);
    }

    [Fact]
    public void StatusAt_Always_IsOpenWithoutClosing()
    {
        var status = OpeningHours.Always(London).StatusAt(At("2026-12-06T03:00:00Z"));

        Assert.True(status.IsAlwaysOpen);
        Assert.Null(status.Until);
    }

    [Fact]
    public void StatusAt_UnknownHours_IsUnknown()
    {
        Assert.Equal(OpeningStatus.Unknown, OpeningHours.Unknown.StatusAt(At("2026-12-07T10:00:00Z")));
        Assert.False(OpeningHours.Unknown.IsKnown);
        Assert.Same(OpeningHours.Unknown, OpeningHours.Weekly([], London));
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
