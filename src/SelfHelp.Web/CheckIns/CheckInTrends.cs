using System.Collections.Immutable;
using System.Globalization;
using SelfHelp.Content.CheckIns;
using SelfHelp.Web.Charts;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.CheckIns;

/// <summary>The person's check-ins as one series per question (and the wellbeing score), oldest first, for My progress.</summary>
public static class CheckInTrends
{
    /// <summary>The id of the wellbeing score's series.</summary>
    public const string WellbeingId = "wellbeing";

    /// <param name="dayFormat">How a day is labelled in the language (Ui text Format.DayMonth: "d MMM", German "d. MMM").</param>
    public static ImmutableArray<TrendSeries> From(CheckInQuestions questions, ProgressState state, string wellbeingTitle, string dayFormat = "d MMM")
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(state);
        var labels = state.CheckIns.Select(c => c.Day.ToString(dayFormat, CultureInfo.CurrentCulture)).ToList();
        var series = questions.Questions
            .Select(q => new TrendSeries(
                q.Id,
                q.ShortName,
                q.Max,
                q.Kind is CheckInKind.Days or CheckInKind.YesNo ? TrendStyle.Bars : TrendStyle.Line,
                [.. state.CheckIns.Select((c, i) => new TrendPoint(labels[i], c.Answers.TryGetValue(q.Key, out var v) ? Math.Min((int)v, q.Max) : null))]))
            .ToList();
        if (questions.Wellbeing is { } measure)
        {
            series.Add(new TrendSeries(WellbeingId, wellbeingTitle, measure.MaxScore, TrendStyle.Line,
                [.. state.CheckIns.Select((c, i) => new TrendPoint(labels[i], measure.Score(c.Answers) is { } s ? Math.Min(s, measure.MaxScore) : null))]));
        }

        return [.. series.Where(s => s.HasValues)];
    }
}
