using System.Collections.Immutable;

namespace SelfHelp.Content.Catalogue;

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

    /// <summary>
    /// The section of the person's plan (My plan) that shows this field's answer (YAML: <c>plan</c>); null when the
    /// answer stays in its exercise only.
    /// </summary>
    public Plan.PlanSection? Plan { get; init; }
}
