using System.Collections.Immutable;

namespace SelfHelp.Content.Catalogue;

/// <summary>A piece of a step or introduction: pre-rendered HTML or an interactive form.</summary>
public abstract record ContentPart;

/// <summary>Markdown already rendered to safe HTML (raw HTML in the source is escaped).</summary>
/// <param name="Html">The rendered HTML.</param>
public sealed record HtmlPart(string Html) : ContentPart;

/// <summary>What a form block is for.</summary>
public enum FormKind
{
    /// <summary>An exercise with a code that practitioners can read out.</summary>
    Exercise,

    /// <summary>The 1–10 self-rating asked at the start and the end of a module.</summary>
    StartingPoint,

    /// <summary>The closing reflection of a module.</summary>
    Reflection,
}

/// <summary>The kinds of field an exercise can ask for.</summary>
public enum FieldKind
{
    /// <summary>Free text (a multi-line box).</summary>
    Text,

    /// <summary>A whole number from 1 to 10.</summary>
    Scale,

    /// <summary>Tick any of a fixed list of options.</summary>
    Checklist,

    /// <summary>A short list of free-text items.</summary>
    List,
}

/// <summary>One question in a form.</summary>
/// <param name="Id">Stable id within the form; answers are stored under it.</param>
/// <param name="Kind">What kind of answer it takes.</param>
/// <param name="Label">The question, shown as the field's label.</param>
/// <param name="Hint">Optional help text under the label.</param>
/// <param name="LowLabel">For scales: what 1 means.</param>
/// <param name="HighLabel">For scales: what 10 means.</param>
/// <param name="Options">For checklists: the options.</param>
/// <param name="Items">For lists: how many items.</param>
public sealed record FormField(
    string Id,
    FieldKind Kind,
    string Label,
    string? Hint,
    string? LowLabel,
    string? HighLabel,
    ImmutableArray<string> Options,
    int Items)
{
    /// <summary>
    /// For scales: the ratings that bring support at once, such as 1 on "How has your mood been?" (YAML:
    /// <c>support-at</c>); null when no rating does.
    /// </summary>
    public RatingRange? SupportAt { get; init; }
}

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
