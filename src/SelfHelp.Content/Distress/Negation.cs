using System.Collections.Immutable;

namespace SelfHelp.Content.Distress;

/// <summary>
/// Phrases that say "it is not so" or "this is about something else", for the kinds in <see cref="Kinds"/> only: one
/// that ends at most <see cref="Within"/> words before a match ("I would never hurt a child"), or starts at most that
/// many words after it ("I harmed the children in the images"), in the same clause, cancels the match.
/// </summary>
internal sealed record Negation(ImmutableArray<Pattern> Before, ImmutableArray<Pattern> After, int Within, ImmutableHashSet<DistressKind> Kinds)
{
    public static Negation None { get; } = new([], [], 0, []);

    public bool Cancels(DistressKind kind, Word[] sentence, int start, int end)
    {
        if (!Kinds.Contains(kind))
        {
            return false;
        }

        foreach (var pattern in Before)
        {
            foreach (var (negationStart, negationEnd) in pattern.Matches(sentence))
            {
                if (negationEnd <= start && start - negationEnd <= Within && sentence[negationStart].Clause == sentence[start].Clause)
                {
                    return true;
                }
            }
        }

        foreach (var pattern in After)
        {
            foreach (var (negationStart, negationEnd) in pattern.Matches(sentence))
            {
                if (negationStart >= end && negationStart - end <= Within && sentence[negationEnd - 1].Clause == sentence[end - 1].Clause)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
