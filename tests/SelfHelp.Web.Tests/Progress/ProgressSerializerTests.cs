using System.Text;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

public class ProgressSerializerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void PathAndPace_SurviveARoundTrip()
    {
        var state = ProgressState.Empty
            .WithStepRead("urges", 2)
            .WithFinished("urges", 7, Today)
            .WithFinished("triggers", 0, Today)
            .WithPath(["welcome", "urges", "triggers"]);

        var read = ProgressSerializer.Deserialize(ProgressSerializer.Serialize(state));

        Assert.Equal(["welcome", "urges", "triggers"], read.Path);
        Assert.Equal(new Pace(Today, 2), read.Pace);
        Assert.Equal(2, read.FinishedOn(Today));
        Assert.Equal(0, read.FinishedOn(Today.AddDays(1)));
        Assert.True(read.For("urges").Completed);
    }

    [Fact]
    public void Version1Cookie_IsStillRead()
    {
        // Version 1, raw: no position, one module "m" (step 1 read, completed, ratings 3 and 8, no answers), no preferences.
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(false);
            writer.Write7BitEncodedInt(1);
            writer.Write("m");
            writer.Write7BitEncodedInt64(1);
            writer.Write(true);
            writer.Write((byte)3);
            writer.Write((byte)8);
            writer.Write7BitEncodedInt(0);
            writer.Write7BitEncodedInt(0);
        }

        var read = ProgressSerializer.Deserialize([1, 0, .. body.ToArray()]);

        Assert.True(read.For("m").Completed);
        Assert.Equal(8, read.For("m").RatingAfter);
        Assert.Empty(read.Path);
        Assert.Null(read.Pace);
    }

    [Fact]
    public void Serialize_WritesTheCurrentVersion()
    {
        Assert.Equal(ProgressSerializer.FormatVersion, ProgressSerializer.Serialize(ProgressState.Empty)[0]);
        Assert.Equal(2, ProgressSerializer.FormatVersion);
    }

    [Fact]
    public void Version2WithoutItsNewFields_IsRejected()
    {
        var version1 = ProgressSerializer.Serialize(ProgressState.Empty);
        var plain = version1[1] == 0 ? version1[2..] : throw new InvalidOperationException("Expected a raw payload for an empty state.");

        Assert.Throws<FormatException>(() => ProgressSerializer.Deserialize([2, 0, .. plain[..^2]]));
    }

    [Fact]
    public void FinishingAgain_DoesNotCountTowardsThePace()
    {
        var state = ProgressState.Empty.WithFinished("a", 5, Today).WithFinished("a", 6, Today);

        Assert.Equal(1, state.FinishedOn(Today));
        Assert.Equal(6, state.For("a").RatingAfter);
    }

    [Fact]
    public void FinishingOnANewDay_StartsTheCountAgain()
    {
        var state = ProgressState.Empty.WithFinished("a", 5, Today).WithFinished("b", 5, Today.AddDays(1));

        Assert.Equal(new Pace(Today.AddDays(1), 1), state.Pace);
    }
}
