using SelfHelp.Content.Extensions.Callouts;

namespace SelfHelp.Content.Loading;

/// <summary>Settings for turning a content folder into a catalogue.</summary>
public sealed class ContentLoaderOptions
{
    /// <summary>Reading speed used to estimate minutes. Slower than average on purpose: the subject is hard.</summary>
    public int WordsPerMinute { get; init; } = 150;

    /// <summary>The URL of a module (step null) or one of its steps.</summary>
    public Func<string, int?, string> ModuleUrl { get; init; } =
        (id, step) => step is null ? $"/modules/{id}" : $"/modules/{id}/{step}";

    /// <summary>Default title of each callout name, in the content's language.</summary>
    public IReadOnlyDictionary<string, string> CalloutTitles { get; init; } = CalloutKinds.DefaultTitles;

    /// <summary>The fixed note under the title of some callout names (a composite voice), in the content's language.</summary>
    public IReadOnlyDictionary<string, string> CalloutNotes { get; init; } = CalloutKinds.DefaultNotes;

    /// <summary>Today's date, for warning about helplines not checked for a long time.</summary>
    public Func<DateOnly> Today { get; init; } = () => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Steps longer than this get a warning.</summary>
    public int LongStepWords { get; init; } = 700;

    /// <summary>A module whose Flesch–Kincaid grade (to one decimal) is above this gets a warning.</summary>
    public double ReadingGradeWarning { get; init; } = 8;

    /// <summary>
    /// A module whose Flesch–Kincaid grade (to one decimal) is below this gets a warning: the text may read as choppy
    /// or patronising. Only for modules of at least <see cref="ReadingGradeLowMinimumWords"/> words.
    /// </summary>
    public double ReadingGradeLowWarning { get; init; } = 4;

    /// <summary>The grade is unreliable for short texts, so shorter modules never get the low-grade warning.</summary>
    public int ReadingGradeLowMinimumWords { get; init; } = 300;

    /// <summary>A module whose Flesch–Kincaid grade (to one decimal) is above this gets an error.</summary>
    public double ReadingGradeError { get; init; } = 9;
}
