using SelfHelp.Web.Logging;

namespace SelfHelp.Web.Tests.Logging;

public sealed class FailureThrottleTests
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Check_FirstOfAKind_IsLogged()
    {
        var throttle = new FailureThrottle(_clock);

        Assert.Equal((true, 0), throttle.Check("/modules/{id}", 404, null));
        Assert.Equal((true, 0), throttle.Check("/modules/{id}", 500, null));
        Assert.Equal((true, 0), throttle.Check("/modules/{id}", 500, "InvalidOperationException"));
        Assert.Equal((true, 0), throttle.Check("/e/{*code}", 404, null));
    }

    [Fact]
    public void Check_RepeatsWithinAMinute_AreCountedAndReportedWithTheNextLine()
    {
        var throttle = new FailureThrottle(_clock);
        throttle.Check("/x", 404, null);

        Assert.Equal((false, 0), throttle.Check("/x", 404, null));
        Assert.Equal((false, 0), throttle.Check("/x", 404, null));
        _clock.Now += FailureThrottle.Window - TimeSpan.FromSeconds(1);
        Assert.Equal((false, 0), throttle.Check("/x", 404, null));
        _clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal((true, 3), throttle.Check("/x", 404, null));
        Assert.Equal((false, 0), throttle.Check("/x", 404, null));
    }

    [Fact]
    public void Check_ManyKinds_MemoryStaysBounded()
    {
        var throttle = new FailureThrottle(_clock);

        for (var i = 0; i < 5000; i++)
        {
            throttle.Check($"/route-{i}", 404, null);
        }

        // After the ceiling the kinds are forgotten: a kind seen long ago is logged again, never lost.
        Assert.True(throttle.Check("/route-0", 404, null).Log);
    }
}
