using System.Collections.Immutable;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

public sealed class ProgressStateTests
{
    private static readonly ushort First = StepKey.For("first-step");
    private static readonly ushort Third = StepKey.For("third-step");

    [Fact]
    public void WithStepRead_MarksStepAndPosition()
    {
        var state = ProgressState.Empty.WithStepRead("a", First).WithStepRead("a", Third);

        var module = state.For("a");
        Assert.Equal([First, Third], module.ReadSteps.Order());
        Assert.DoesNotContain(StepKey.For("second-step"), module.ReadSteps);
        Assert.Equal(2, module.StepsReadCount);
        Assert.Equal(new Position("a", Third), state.LastPosition);
    }

    [Fact]
    public void WithStepRead_AlreadyReadAndWhereTheyAre_ReturnsTheSameState()
    {
        // Nothing changed, so the store writes no cookie (issue 21: no rewrite when nothing changed).
        var state = ProgressState.Empty.WithStepRead("a", First);

        Assert.Same(state, state.WithStepRead("a", First));
        Assert.NotSame(state, state.WithStepRead("a", Third).WithStepRead("a", First));
    }

    [Fact]
    public void StepKey_IsStableAcrossRuns()
    {
        // Stored in people's cookies: these numbers must never change.
        Assert.Equal(StepKey.For("how-an-urge-works"), StepKey.For("how-an-urge-works"));
        Assert.NotEqual(StepKey.For("delay-distract-leave"), StepKey.For("riding-the-wave"));
        Assert.Equal((ushort)0x1cd9, StepKey.For(""));
        Assert.Equal((ushort)0x1cd9 ^ 0x0000, StepKey.For(string.Empty));
    }

    [Fact]
    public void Notebook_EmptyValues_RemoveTheForm()
    {
        var values = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("f", "v")]);
        var answers = ModuleAnswers.Empty("a").With("x", values);

        var cleared = answers.With("x", ImmutableSortedDictionary<string, string>.Empty);

        Assert.False(answers.IsEmpty);
        Assert.True(cleared.IsEmpty);
        Assert.True(Notebook.Empty.With(answers).With(cleared).IsEmpty);
    }

    [Fact]
    public void WithCompleted_KeepsRatingBefore()
    {
        var state = ProgressState.Empty.WithRatingBefore("a", 2).WithCompleted("a", 7);

        Assert.Equal((2, 7, true), (state.For("a").RatingBefore, state.For("a").RatingAfter, state.For("a").Completed));
    }

    [Fact]
    public void WithRatingAfter_BeforeFinishing_DoesNotFinish()
    {
        var state = ProgressState.Empty.WithRatingAfter("a", 6);

        Assert.Equal((6, false), (state.For("a").RatingAfter, state.For("a").Completed));
    }
}
