using System.Collections.Immutable;

namespace SelfHelp.Web.Charts;

/// <summary>How a series is drawn: bars for counts (days, yes or no), a line for ratings and scores.</summary>
public enum TrendStyle
{
    Bars,
    Line,
}

/// <summary>One point of a series: its label (a date) and its value, or null when not answered that time.</summary>
public sealed record TrendPoint(string Label, int? Value);

/// <summary>One check-in question over time, ready to draw.</summary>
/// <param name="Id">Used for element ids.</param>
/// <param name="Title">The question's short name, such as "Mood".</param>
/// <param name="Max">The largest possible value.</param>
/// <param name="Style">Bars or a line.</param>
/// <param name="Points">Oldest first.</param>
public sealed record TrendSeries(string Id, string Title, int Max, TrendStyle Style, ImmutableArray<TrendPoint> Points)
{
    public IEnumerable<int> Values => Points.Where(p => p.Value is not null).Select(p => p.Value!.Value);

    public bool HasValues => Values.Any();
}
