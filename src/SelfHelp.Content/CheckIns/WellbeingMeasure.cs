using System.Collections.Immutable;

namespace SelfHelp.Content.CheckIns;

/// <summary>
/// An optional, validated wellbeing measure asked with the check-in (the bundled file uses the WHO-5). Its score is the
/// sum of its answers times <see cref="Multiplier"/> (WHO-5: 0 to 25, times 4, gives 0 to 100).
/// </summary>
/// <param name="Title">The heading over its questions.</param>
/// <param name="Intro">What it is and that it is optional.</param>
/// <param name="Source">Where it comes from and its terms of use, shown with it.</param>
/// <param name="Questions">Its questions, every one a choice among the same answers.</param>
/// <param name="Multiplier">What the sum of answers is multiplied by to give the score.</param>
/// <param name="SupportAtOrBelow">A score at or below this brings support at once; null for never.</param>
public sealed record WellbeingMeasure(string Title, string Intro, string Source, ImmutableArray<CheckInQuestion> Questions, int Multiplier, int? SupportAtOrBelow)
{
    /// <summary>The highest possible score.</summary>
    public int MaxScore => Questions.Sum(q => q.Max) * Multiplier;

    /// <summary>The score for a set of answers by key; null unless every question was answered.</summary>
    public int? Score(IReadOnlyDictionary<byte, byte> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var sum = 0;
        foreach (var question in Questions)
        {
            if (!answers.TryGetValue(question.Key, out var value))
            {
                return null;
            }

            sum += value;
        }

        return sum * Multiplier;
    }
}
