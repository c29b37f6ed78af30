using System.Collections.Immutable;

namespace SelfHelp.Web.Progress;

/// <summary>
/// One weekly check-in, kept in the person's progress cookie (issue 18): the day, and each answer under its question's
/// one-byte key (<see cref="SelfHelp.Content.CheckIns.CheckInQuestion.Key"/>). About 12 bytes a week before compression.
/// </summary>
/// <param name="Day">The day it was given (the site's day, see <c>Pacing:TimeZone</c>).</param>
/// <param name="Answers">Question key to answer (0 to the question's largest answer); unanswered questions are absent.</param>
public sealed record CheckIn(DateOnly Day, ImmutableSortedDictionary<byte, byte> Answers)
{
    /// <summary>Most check-ins kept: two years of weeks. The oldest goes when a new one would pass it.</summary>
    public const int MaxKept = 104;

    public static CheckIn Of(DateOnly day, IEnumerable<KeyValuePair<byte, byte>> answers) => new(day, ImmutableSortedDictionary.CreateRange(answers));

    /// <summary>True when both hold the same day and answers.</summary>
    public bool SameAs(CheckIn other) =>
        other is not null && Day == other.Day && Answers.Count == other.Answers.Count && Answers.All(a => other.Answers.TryGetValue(a.Key, out var v) && v == a.Value);
}
