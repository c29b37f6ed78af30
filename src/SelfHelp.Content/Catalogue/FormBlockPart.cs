using System.Collections.Immutable;

namespace SelfHelp.Content.Catalogue;

/// <summary>
/// An interactive block: an exercise, the starting-point self-rating, or the closing reflection.
/// </summary>
/// <param name="Kind">Which kind of block it is.</param>
/// <param name="Id">Stable id, unique within the module.</param>
/// <param name="Code">Short speakable code (exercises only, unique across the programme).</param>
/// <param name="Title">Heading shown above the form.</param>
/// <param name="IntroHtml">Optional rendered instructions.</param>
/// <param name="Minutes">Estimated minutes to complete.</param>
/// <param name="Fields">The questions.</param>
public sealed record FormBlockPart(
    FormKind Kind,
    string Id,
    string? Code,
    string Title,
    string? IntroHtml,
    int Minutes,
    ImmutableArray<FormField> Fields) : ContentPart
{
    /// <summary>The module this form belongs to.</summary>
    public string ModuleId { get; init; } = "";

    /// <summary>The step it appears on (0 for the module introduction).</summary>
    public int StepNumber { get; init; }
}
