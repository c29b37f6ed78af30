using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;

namespace SelfHelp.Web.Progress;

/// <summary>Where a person is in one module. Ratings are 1–10, or 0 when not given. Answers live in the notebook.</summary>
public sealed record ModuleProgress
{
    public static readonly ModuleProgress None = new();

    /// <summary>The keys (<see cref="StepKey"/>) of the steps that have been read.</summary>
    public ImmutableSortedSet<ushort> ReadSteps { get; init; } = [];

    public bool Completed { get; init; }

    public int RatingBefore { get; init; }

    public int RatingAfter { get; init; }

    public bool IsEmpty => ReadSteps.IsEmpty && !Completed && RatingBefore == 0 && RatingAfter == 0;

    public bool HasRead(Step step) => ReadSteps.Contains(StepKey.For(step));

    public int StepsReadCount => ReadSteps.Count;

    public bool AnyRead => !ReadSteps.IsEmpty;
}
