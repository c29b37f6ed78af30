using System.Collections.Immutable;
using System.Text;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

public class ProgressSerializerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void PathAndPace_SurviveARoundTrip()
    {
        var state = ProgressState.Empty
            .WithStepRead("urges", StepKey.For("riding-the-wave"))
            .WithFinished("urges", 7, Today)
            .WithFinished("triggers", 0, Today)
            .WithPath(["welcome", "urges", "triggers"]);

        var read = ProgressSerializer.Deserialize(ProgressSerializer.Serialize(state)).State;

        Assert.Equal(["welcome", "urges", "triggers"], read.Path);
        Assert.Equal(new Pace(Today, 2), read.Pace);
        Assert.Equal(2, read.FinishedOn(Today));
        Assert.True(read.For("urges").Completed);
        Assert.Equal([StepKey.For("riding-the-wave")], read.For("urges").ReadSteps);
        Assert.Equal(new Position("urges", StepKey.For("riding-the-wave")), read.LastPosition);
    }

    [Fact]
    public void Serialize_WritesVersion3WithoutAnswers()
    {
        Assert.Equal(3, ProgressSerializer.FormatVersion);
        Assert.Equal(3, ProgressSerializer.Serialize(ProgressState.Empty)[0]);
    }

    [Fact]
    public void Version1Cookie_IsStillRead_StepsByNumberBecomeKeys()
    {
        // Version 1, raw: position (module "m", step 2), one module "m" (steps 1 and 2 read, completed, ratings 3 and 8,
        // one answer), no preferences.
        var bytes = Legacy(version: 1, writer =>
        {
            writer.Write(true);
            writer.Write("m");
            writer.Write7BitEncodedInt(2);
            writer.Write7BitEncodedInt(1);
            writer.Write("m");
            writer.Write7BitEncodedInt64(0b11);
            writer.Write(true);
            writer.Write((byte)3);
            writer.Write((byte)8);
            writer.Write7BitEncodedInt(1);
            writer.Write("exercise");
            writer.Write7BitEncodedInt(1);
            writer.Write("text");
            writer.Write("An old answer");
            writer.Write7BitEncodedInt(0);
        });

        var read = ProgressSerializer.Deserialize(bytes);
        var resolved = read.Resolve(Catalogue());

        Assert.True(read.IsLegacy);
        Assert.True(resolved.For("m").Completed);
        Assert.Equal(8, resolved.For("m").RatingAfter);
        Assert.Equal([StepKey.For("first"), StepKey.For("second")], resolved.For("m").ReadSteps.OrderBy(k => k == StepKey.For("first") ? 0 : 1));
        Assert.Equal(new Position("m", StepKey.For("second")), resolved.LastPosition);
        Assert.Equal("An old answer", read.Answers.For("m").For("exercise")["text"]);
    }

    [Fact]
    public void Version2Cookie_IsStillRead_WithPathAndPace()
    {
        var bytes = Legacy(version: 2, writer =>
        {
            writer.Write(false);
            writer.Write7BitEncodedInt(0);
            writer.Write7BitEncodedInt(0);
            writer.Write7BitEncodedInt(1);
            writer.Write("m");
            writer.Write(true);
            writer.Write7BitEncodedInt(Today.DayNumber);
            writer.Write7BitEncodedInt(2);
        });

        var read = ProgressSerializer.Deserialize(bytes);

        Assert.Equal(["m"], read.State.Path);
        Assert.Equal(new Pace(Today, 2), read.State.Pace);
    }

    [Fact]
    public void ReadSteps_OfAStepInsertedBefore_AreNotShifted()
    {
        // Issue 14: marks are kept by step key, so an editor inserting a step leaves every other mark where it was.
        var before = Catalogue();
        var state = ProgressState.Empty.WithStepRead("m", before.FindModule("m")!.Steps[1]);
        var after = Catalogue(insertFirst: "A new first step");

        var read = ProgressSerializer.Deserialize(ProgressSerializer.Serialize(state)).State;

        var steps = after.FindModule("m")!.Steps;
        Assert.Equal(["A new first step", "First", "Second"], steps.Select(s => s.Title));
        Assert.Equal([false, false, true], steps.Select(s => read.For("m").HasRead(s)));
    }

    [Fact]
    public void Answers_RoundTrip_AndRejectTrailingData()
    {
        var answers = ModuleAnswers.Empty("m").With("f", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("a", "x")]));
        var bytes = ProgressSerializer.SerializeAnswers(answers);

        Assert.True(ProgressSerializer.DeserializeAnswers(bytes).SameAs(answers));
        Assert.Throws<FormatException>(() => ProgressSerializer.DeserializeAnswers([.. bytes, 0]));
        Assert.Throws<FormatException>(() => ProgressSerializer.Deserialize(bytes));
    }

    [Fact]
    public void TruncatedVersion3_IsRejected()
    {
        var bytes = ProgressSerializer.Serialize(ProgressSerializer.Deserialize(ProgressSerializer.Serialize(ProgressState.Empty.WithPath(["a"]))).State);

        Assert.Throws<FormatException>(() => ProgressSerializer.Deserialize(bytes.AsSpan(0, bytes.Length - 1)));
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

    private static byte[] Legacy(byte version, Action<BinaryWriter> write)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return [version, 0, .. body.ToArray()];
    }

    private static ContentCatalogue Catalogue(string? insertFirst = null)
    {
        Step Step(int number, string title) => new(number, title.ToLowerInvariant().Replace(' ', '-'), title, 1, []);
        var titles = insertFirst is null ? new[] { "First", "Second" } : [insertFirst, "First", "Second"];
        var module = new Module("m", "M", "S", 1, 1, Intensity.Low, [], [], [], [.. titles.Select((t, i) => Step(i + 1, t))], "m.md");
        return new ContentCatalogue("en", [module]);
    }
}
