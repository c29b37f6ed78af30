using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SelfHelp.Web.Charts;

/// <summary>A chart in words: what a sighted reader takes from it at a glance, for everyone (and first for screen readers).</summary>
public static class TrendSummary
{
    public static string Describe(TrendSeries series, IStringLocalizer<Ui> text)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(text);
        var answered = series.Points.Where(p => p.Value is not null).ToList();
        if (answered.Count == 0)
        {
            return text["Trend.None"];
        }

        if (series.Max == 1)
        {
            return text["Trend.YesNo", answered.Count(p => p.Value == 1), answered.Count, answered[0].Label, answered[^1].Label];
        }

        var average = answered.Average(p => p.Value!.Value).ToString("0.#", CultureInfo.CurrentCulture);
        return answered.Count == 1
            ? text["Trend.One", answered[0].Label, Value(series, answered[0].Value!.Value, text)]
            : text["Trend.Summary", answered.Count, answered[0].Label, answered[^1].Label, Value(series, answered[0].Value!.Value, text), Value(series, answered[^1].Value!.Value, text), average];
    }

    /// <summary>A value as the table and summary say it: "3 of 7 days", "6 out of 10", "Yes".</summary>
    public static string Value(TrendSeries series, int value, IStringLocalizer<Ui> text)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(text);
        return series.Max switch
        {
            1 => value == 1 ? text["CheckIn.Yes"] : text["CheckIn.No"],
            7 when series.Style == TrendStyle.Bars => text["Trend.Days", value],
            _ => text["Trend.OutOf", value, series.Max],
        };
    }
}
