using System.Collections.Immutable;
using SelfHelp.Content.Readability;

namespace SelfHelp.Content.Catalogue;

/// <summary>A module of the programme, parsed and rendered once.</summary>
/// <param name="Id">Stable id used in URLs, progress and links.</param>
/// <param name="Title">Title.</param>
/// <param name="Summary">One or two sentences for lists and meta descriptions.</param>
/// <param name="Order">Position in the programme.</param>
/// <param name="Minutes">Estimated minutes (from front matter, or computed from the word count).</param>
/// <param name="Intensity">How demanding it is.</param>
/// <param name="Objectives">What the reader will get from it.</param>
/// <param name="Aliases">Old ids that still lead here.</param>
/// <param name="Introduction">What comes before the first step.</param>
/// <param name="Steps">The steps, at least one.</param>
/// <param name="SourcePath">The file it came from, relative to the content folder.</param>
public sealed record Module(
    string Id,
    string Title,
    string Summary,
    int Order,
    int Minutes,
    Intensity Intensity,
    ImmutableArray<string> Objectives,
    ImmutableArray<string> Aliases,
    ImmutableArray<ContentPart> Introduction,
    ImmutableArray<Step> Steps,
    string SourcePath)
{
    /// <summary>The counts and Flesch–Kincaid grade of the module's prose (introduction and steps, not forms).</summary>
    public ReadabilityScore Readability { get; init; }

    /// <summary>How sentence lengths spread across the same prose as <see cref="Readability"/>.</summary>
    public SentenceSpread SentenceSpread { get; init; }

    /// <summary>The Flesch–Kincaid grade level of the module's prose, to one decimal place.</summary>
    public double ReadingGrade => Readability.RoundedGrade;

    /// <summary>The step with the given 1-based number, or null.</summary>
    public Step? FindStep(int number) => number >= 1 && number <= Steps.Length ? Steps[number - 1] : null;

    /// <summary>The id of <see cref="FinishForm"/>; editors cannot use it for a form of their own.</summary>
    public const string FinishFormId = "finish";

    /// <summary>
    /// The form at the end of the last step that finishes the module, asking the starting point's question again
    /// (no fields when the module has no starting point). Built once when content loads.
    /// </summary>
    public FormBlockPart FinishForm { get; init; } = new(FormKind.StartingPoint, FinishFormId, null, "", null, 1, []);

    /// <summary>The finish form for a module as built: the starting point's fields, placed on the last step.</summary>
    public static FormBlockPart BuildFinishForm(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new(FormKind.StartingPoint, FinishFormId, null, "", null, 1, module.StartingPoint?.Fields ?? [])
        {
            ModuleId = module.Id,
            StepNumber = module.Steps.Length,
        };
    }

    /// <summary>The starting-point self-rating, when the module has one.</summary>
    public FormBlockPart? StartingPoint =>
        Introduction.Concat(Steps.SelectMany(s => s.Parts))
            .OfType<FormBlockPart>()
            .FirstOrDefault(f => f.Kind == FormKind.StartingPoint);

    /// <summary>Every form in the module, in order.</summary>
    public IEnumerable<FormBlockPart> Forms =>
        Introduction.Concat(Steps.SelectMany(s => s.Parts)).OfType<FormBlockPart>();
}
