using System.Collections.Immutable;

namespace SelfHelp.Content.Distress;

/// <summary>
/// A rule that brings <see cref="Kind"/> when a pattern from <see cref="These"/> and one from <see cref="And"/> are in
/// the same sentence, in either order, with at most <see cref="Within"/> words between them.
/// </summary>
internal sealed record NearRule(DistressKind Kind, int Within, ImmutableArray<Pattern> These, ImmutableArray<Pattern> And, int Line)
{
    public string Text => $"near: {string.Join(" | ", These.Select(p => p.Text))} + {string.Join(" | ", And.Select(p => p.Text))}";
}
