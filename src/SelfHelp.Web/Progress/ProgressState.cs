using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;

namespace SelfHelp.Web.Progress;

/// <summary>
/// Everything the site remembers about one person apart from what they wrote (which is in their
/// <see cref="Notebook"/>), kept only in their browser's cookie. Immutable: every change returns a new state.
/// </summary>
public sealed record ProgressState
{
    public static readonly ProgressState Empty = new();

    public ImmutableSortedDictionary<string, ModuleProgress> Modules { get; init; } =
        ImmutableSortedDictionary.Create<string, ModuleProgress>(StringComparer.Ordinal);

    public Position? LastPosition { get; init; }

    /// <summary>Small named settings added by later features (reading preferences, region).</summary>
    public ImmutableSortedDictionary<string, string> Preferences { get; init; } =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>The recommended order of module ids from the "where to start" questions; empty when there is none. The answers are never kept.</summary>
    public ImmutableArray<string> Path { get; init; } = [];

    /// <summary>Modules finished on the latest day a module was finished, for the pacing suggestion; null before the first.</summary>
    public Pace? Pace { get; init; }

    /// <summary>The modules (and <c>programme</c>) the person has already given feedback on, so they are not asked again.</summary>
    public ImmutableSortedSet<string> FeedbackGiven { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>Weekly check-ins, oldest first, one a day at most, at most <see cref="CheckIn.MaxKept"/> (issue 18).</summary>
    public ImmutableArray<CheckIn> CheckIns { get; init; } = [];

    /// <summary>The day the person last put off the check-in suggestion; null if never.</summary>
    public DateOnly? CheckInSnoozed { get; init; }

    public bool IsEmpty => Modules.IsEmpty && LastPosition is null && Preferences.IsEmpty && Path.IsEmpty && Pace is null && FeedbackGiven.IsEmpty
        && CheckIns.IsEmpty && CheckInSnoozed is null;

    public ModuleProgress For(string moduleId) => Modules.GetValueOrDefault(moduleId) ?? ModuleProgress.None;

    /// <summary>Marks a step read and remembers it as the place to come back to.</summary>
    public ProgressState WithStepRead(string moduleId, Step step) => WithStepRead(moduleId, StepKey.For(step));

    public ProgressState WithStepRead(string moduleId, ushort step)
    {
        var module = For(moduleId);
        var position = new Position(moduleId, step);
        return module.ReadSteps.Contains(step) && LastPosition == position
            ? this
            : With(moduleId, module with { ReadSteps = module.ReadSteps.Add(step) }) with { LastPosition = position };
    }

    public ProgressState WithRatingBefore(string moduleId, int rating) =>
        For(moduleId).RatingBefore == rating ? this : With(moduleId, For(moduleId) with { RatingBefore = rating });

    /// <summary>Keeps the end-of-module rating before the module is finished (the person saved without finishing).</summary>
    public ProgressState WithRatingAfter(string moduleId, int rating) =>
        For(moduleId).RatingAfter == rating ? this : With(moduleId, For(moduleId) with { RatingAfter = rating });

    public ProgressState WithCompleted(string moduleId, int ratingAfter) =>
        With(moduleId, For(moduleId) with { Completed = true, RatingAfter = ratingAfter });

    /// <summary>Finishes a module; the first time, it also counts towards today's pace.</summary>
    public ProgressState WithFinished(string moduleId, int ratingAfter, DateOnly today)
    {
        var counts = !For(moduleId).Completed;
        var next = WithCompleted(moduleId, ratingAfter);
        return !counts ? next : next with { Pace = Pace?.Day == today ? Pace with { Finished = Pace.Finished + 1 } : new Pace(today, 1) };
    }

    /// <summary>Modules finished on <paramref name="today"/> (0 when the latest finishing day was another day).</summary>
    public int FinishedOn(DateOnly today) => Pace?.Day == today ? Pace.Finished : 0;

    /// <summary>Adds a check-in, replacing one from the same day; the oldest goes beyond <see cref="CheckIn.MaxKept"/>.</summary>
    public ProgressState WithCheckIn(CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var kept = CheckIns.Where(c => c.Day != checkIn.Day).Append(checkIn).OrderBy(c => c.Day).ToList();
        return this with { CheckIns = [.. kept.Skip(Math.Max(0, kept.Count - CheckIn.MaxKept))] };
    }

    public ProgressState WithCheckInSnoozed(DateOnly day) => CheckInSnoozed == day ? this : this with { CheckInSnoozed = day };

    public ProgressState WithFeedbackGiven(string subject) => this with { FeedbackGiven = FeedbackGiven.Add(subject) };

    public ProgressState WithPath(IEnumerable<string> moduleIds) => this with { Path = [.. moduleIds] };

    public ProgressState WithPreference(string key, string? value) =>
        this with { Preferences = value is null ? Preferences.Remove(key) : Preferences.SetItem(key, value) };

    private ProgressState With(string moduleId, ModuleProgress module) =>
        this with { Modules = module.IsEmpty ? Modules.Remove(moduleId) : Modules.SetItem(moduleId, module) };
}
