using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;

namespace SelfHelp.Content.CheckIns;

/// <summary>One question of the weekly check-in.</summary>
/// <param name="Id">Stable id: answers are kept under <see cref="Key"/>, made from it, so it must never change.</param>
/// <param name="Key">The one-byte key answers are stored under in the person's cookie (from the id; unique in the file).</param>
/// <param name="Kind">What kind of answer it takes.</param>
/// <param name="Text">The question.</param>
/// <param name="Options">The words for each answer, from 0 (yes-no: No, Yes; days: empty; rating: empty).</param>
public sealed record CheckInQuestion(string Id, byte Key, CheckInKind Kind, string Text, ImmutableArray<string> Options)
{
    /// <summary>One line of help under the question.</summary>
    public string? Hint { get; init; }

    /// <summary>For ratings: what 0 means.</summary>
    public string? Low { get; init; }

    /// <summary>For ratings: what 10 means.</summary>
    public string? High { get; init; }

    /// <summary>A short name for charts and tables, such as "Strongest urge".</summary>
    public string ShortName { get; init; } = "";

    /// <summary>The answers that bring support at once (<c>support-at</c>), or null.</summary>
    public RatingRange? SupportAt { get; init; }

    /// <summary>The largest answer: 7 for days, 10 for a rating, 1 for yes-no, the last option for a choice.</summary>
    public int Max => Kind switch
    {
        CheckInKind.Days => 7,
        CheckInKind.Rating => 10,
        CheckInKind.YesNo => 1,
        _ => Options.Length - 1,
    };

    /// <summary>The stored key for an id: a small hash, never 0. The loader refuses two ids with the same key.</summary>
    public static byte KeyFor(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = 2166136261U;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619U;
        }

        return (byte)((hash % 255) + 1);
    }
}
