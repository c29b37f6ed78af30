using System.Collections.Immutable;

namespace SelfHelp.Content.Distress;

/// <summary>
/// What the detector found in one answer: the kinds of support it calls for, or none. Immutable. It lives only for the
/// request that saved the answer: it is never logged or stored.
/// </summary>
public sealed class DistressResult
{
    private DistressResult(ImmutableSortedSet<DistressKind> kinds)
    {
        Kinds = kinds;
    }

    /// <summary>Nothing found: the page shows no support message.</summary>
    public static DistressResult None { get; } = new([]);

    /// <summary>The kinds found, in the order of <see cref="DistressKind"/>.</summary>
    public ImmutableSortedSet<DistressKind> Kinds { get; }

    /// <summary>True when nothing was found.</summary>
    public bool IsEmpty => Kinds.IsEmpty;

    /// <summary>
    /// True when the writer may be in danger themselves (suicide, self-harm or an extreme rating): the page shows the
    /// crisis line, whether it is open now, and the emergency number.
    /// </summary>
    public bool NeedsCrisisSupport =>
        Kinds.Contains(DistressKind.Suicide) || Kinds.Contains(DistressKind.SelfHarm) || Kinds.Contains(DistressKind.ExtremeRating);

    /// <summary>
    /// True when a child may be at risk: the page says to call the emergency number if a child is in danger now, what
    /// to do in the next hour, and gives the specialist line with its hours.
    /// </summary>
    public bool ChildAtRisk => Kinds.Contains(DistressKind.ChildAtRisk);

    /// <summary>True when only a rating, not anything written, brought the support (the message words it so).</summary>
    public bool OnlyRating => Kinds.Count == 1 && Kinds.Contains(DistressKind.ExtremeRating);

    /// <summary>A result holding these kinds (none gives <see cref="None"/>).</summary>
    public static DistressResult Of(IEnumerable<DistressKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var set = kinds.ToImmutableSortedSet();
        return set.IsEmpty ? None : new DistressResult(set);
    }

    /// <summary>Both results' kinds together.</summary>
    public DistressResult With(DistressResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.IsEmpty ? this : IsEmpty ? other : new DistressResult(Kinds.Union(other.Kinds));
    }

    /// <inheritdoc />
    public override string ToString() => IsEmpty ? "none" : string.Join(", ", Kinds);
}
