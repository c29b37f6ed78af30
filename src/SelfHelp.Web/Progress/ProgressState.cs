using System.Collections.Immutable;

namespace SelfHelp.Web.Progress;

/// <summary>Where a person is in one module. Ratings are 1–10, or 0 when not given.</summary>
public sealed record ModuleProgress
{
    public static readonly ModuleProgress None = new();

    /// <summary>Bit n-1 is set when step n has been read.</summary>
    public ulong StepsRead { get; init; }

    public bool Completed { get; init; }

    public int RatingBefore { get; init; }

    public int RatingAfter { get; init; }

    /// <summary>Form id to (field id to value).</summary>
    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> Answers { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, string>>(StringComparer.Ordinal);

    public bool IsEmpty => StepsRead == 0 && !Completed && RatingBefore == 0 && RatingAfter == 0 && Answers.IsEmpty;

    public bool HasRead(int step) => step is >= 1 and <= 64 && (StepsRead & (1UL << (step - 1))) != 0;

    public int StepsReadCount => System.Numerics.BitOperations.PopCount(StepsRead);
}

/// <summary>The place someone left off.</summary>
public sealed record Position(string ModuleId, int Step);

/// <summary>How many modules were finished on one day (the site's day, see <c>Pacing:TimeZone</c>); only the latest day is kept.</summary>
public sealed record Pace(DateOnly Day, int Finished);

/// <summary>
/// Everything the site remembers about one person, kept only in their browser's cookie.
/// Immutable: every change returns a new state.
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

    public bool IsEmpty => Modules.IsEmpty && LastPosition is null && Preferences.IsEmpty && Path.IsEmpty && Pace is null;

    public bool HasAnswers => Modules.Values.Any(m => !m.Answers.IsEmpty);

    public ModuleProgress For(string moduleId) => Modules.GetValueOrDefault(moduleId) ?? ModuleProgress.None;

    public ProgressState WithStepRead(string moduleId, int step)
    {
        if (step is < 1 or > 64)
        {
            return this;
        }

        var module = For(moduleId);
        return With(moduleId, module with { StepsRead = module.StepsRead | (1UL << (step - 1)) }) with { LastPosition = new Position(moduleId, step) };
    }

    public ProgressState WithAnswers(string moduleId, string formId, ImmutableSortedDictionary<string, string> values)
    {
        var module = For(moduleId);
        var answers = values.IsEmpty ? module.Answers.Remove(formId) : module.Answers.SetItem(formId, values);
        return With(moduleId, module with { Answers = answers });
    }

    public ProgressState WithRatingBefore(string moduleId, int rating) => With(moduleId, For(moduleId) with { RatingBefore = rating });

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

    public ProgressState WithPath(IEnumerable<string> moduleIds) => this with { Path = [.. moduleIds] };

    public ProgressState WithPreference(string key, string? value) =>
        this with { Preferences = value is null ? Preferences.Remove(key) : Preferences.SetItem(key, value) };

    private ProgressState With(string moduleId, ModuleProgress module) =>
        this with { Modules = module.IsEmpty ? Modules.Remove(moduleId) : Modules.SetItem(moduleId, module) };
}
