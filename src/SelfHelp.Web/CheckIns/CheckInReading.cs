using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Primitives;
using SelfHelp.Content.CheckIns;
using SelfHelp.Content.Distress;

namespace SelfHelp.Web.CheckIns;

/// <summary>
/// A posted check-in, read and checked: each answer a whole number within its question's answers, or left out.
/// Immutable; the page shows <see cref="Posted"/> again when there are errors, so nothing chosen is lost.
/// </summary>
/// <param name="Answers">Question key to answer, for the answers that were valid.</param>
/// <param name="Posted">Question id to what was posted, as the form shows it again.</param>
/// <param name="Errors">Error summary entries: anchor to message.</param>
public sealed record CheckInReading(ImmutableSortedDictionary<byte, byte> Answers, ImmutableDictionary<string, string> Posted, ImmutableArray<KeyValuePair<string, string>> Errors)
{
    /// <summary>The posted name of a question.</summary>
    public static string Name(CheckInQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return $"q.{question.Id}";
    }

    /// <summary>The id of a question's answer <paramref name="value"/>; the error summary points at the first (0).</summary>
    public static string Id(CheckInQuestion question, int value)
    {
        ArgumentNullException.ThrowIfNull(question);
        return string.Create(CultureInfo.InvariantCulture, $"q-{question.Id}-{value}");
    }

    public static CheckInReading Read(CheckInQuestions questions, Func<string, StringValues> posted, Func<string, string> outOfRange, string nothing)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(outOfRange);
        var answers = ImmutableSortedDictionary.CreateBuilder<byte, byte>();
        var shown = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var errors = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var question in questions.All)
        {
            var raw = posted(Name(question)).FirstOrDefault();
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }

            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= question.Max)
            {
                answers[question.Key] = (byte)value;
                shown[question.Id] = raw;
            }
            else
            {
                errors.Add(KeyValuePair.Create(Id(question, 0), outOfRange(question.ShortName)));
            }
        }

        if (answers.Count == 0 && errors.Count == 0)
        {
            errors.Add(KeyValuePair.Create(Id(questions.Questions[0], 0), nothing));
        }

        return new CheckInReading(answers.ToImmutable(), shown.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>
    /// What the answers suggest, as exercises' extreme ratings do: an answer in a question's <c>support-at</c>, or a
    /// wellbeing score at or below the measure's threshold, brings support at once.
    /// </summary>
    public static DistressResult Concern(CheckInQuestions questions, IReadOnlyDictionary<byte, byte> answers)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(answers);
        var extreme = questions.Questions.Any(q => q.SupportAt is { } range && answers.TryGetValue(q.Key, out var value) && range.Contains(value))
            || (questions.Wellbeing is { SupportAtOrBelow: { } threshold } measure && measure.Score(answers) is { } score && score <= threshold);
        return extreme ? DistressResult.Of([DistressKind.ExtremeRating]) : DistressResult.None;
    }
}
