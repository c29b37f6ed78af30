using System.Collections.Immutable;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

public sealed class ProgressStateTests
{
    [Fact]
    public void WithStepRead_MarksStepAndPosition()
    {
        var state = ProgressState.Empty.WithStepRead("a", 1).WithStepRead("a", 3);

        var module = state.For("a");
        Assert.True(module.HasRead(1));
        Assert.False(module.HasRead(2));
        Assert.True(module.HasRead(3));
        Assert.Equal(2, module.StepsReadCount);
        Assert.Equal(new Position("a", 3), state.LastPosition);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void WithStepRead_OutOfRange_ChangesNothing(int step)
    {
        Assert.Same(ProgressState.Empty, ProgressState.Empty.WithStepRead("a", step));
    }

    [Fact]
    public void WithAnswers_Empty_RemovesTheForm()
    {
        var values = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("f", "v")]);
        var state = ProgressState.Empty.WithAnswers("a", "x", values);

        var cleared = state.WithAnswers("a", "x", ImmutableSortedDictionary<string, string>.Empty);

        Assert.True(state.HasAnswers);
        Assert.False(cleared.HasAnswers);
        Assert.True(cleared.IsEmpty);
    }

    [Fact]
    public void WithCompleted_KeepsRatingBefore()
    {
        var state = ProgressState.Empty.WithRatingBefore("a", 2).WithCompleted("a", 7);

        Assert.Equal((2, 7, true), (state.For("a").RatingBefore, state.For("a").RatingAfter, state.For("a").Completed));
    }
}
