using System.Globalization;
using System.Net;
using System.Text;

namespace SelfHelp.Web.Charts;

/// <summary>
/// Draws a check-in question over the weeks as SVG, on the server (no script, no outside library; the CSP allows
/// neither). Colours come from CSS classes, so the chart follows the theme and prints; the SVG is hidden from screen
/// readers, which read the text summary and the table the page puts beside it. Follows <c>FeedbackChart</c>.
/// </summary>
public static class TrendChart
{
    public static string Svg(TrendSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var geometry = new ChartGeometry(Math.Max(1, series.Points.Length), Math.Max(1, series.Max));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend-chart trend-chart--{(series.Style == TrendStyle.Bars ? "bars" : "line")}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {ChartGeometry.Width} {ChartGeometry.Height}\" preserveAspectRatio=\"xMidYMid meet\" aria-hidden=\"true\" focusable=\"false\">");
        foreach (var tick in geometry.Ticks)
        {
            var y = geometry.Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"trend-chart__grid\" x1=\"{ChartGeometry.Left}\" x2=\"{ChartGeometry.Width - ChartGeometry.Right}\" y1=\"{y}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"trend-chart__tick\" x=\"{ChartGeometry.Left - 8}\" y=\"{y + 5}\" text-anchor=\"end\">{tick}</text>");
        }

        for (var i = 0; i < series.Points.Length; i++)
        {
            if (geometry.Labelled(i))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"trend-chart__label\" x=\"{geometry.X(i)}\" y=\"{ChartGeometry.Height - 14}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(series.Points[i].Label)}</text>");
            }
        }

        if (series.Style == TrendStyle.Bars)
        {
            for (var i = 0; i < series.Points.Length; i++)
            {
                if (series.Points[i].Value is { } value)
                {
                    var top = geometry.Y(value);
                    // A zero still shows: a short mark on the baseline, so "0 days" differs from "not answered".
                    var height = Math.Max(2, geometry.Baseline - top);
                    svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"trend-chart__bar\" x=\"{Math.Round(geometry.X(i) - (geometry.BarWidth / 2), 1)}\" y=\"{Math.Round(geometry.Baseline - height, 1)}\" width=\"{geometry.BarWidth}\" height=\"{Math.Round(height, 1)}\"/>");
                }
            }
        }
        else
        {
            // Gaps (weeks not answered) break the line rather than join across them.
            var run = new List<string>();
            void Flush()
            {
                if (run.Count > 1)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"trend-chart__line\" points=\"{string.Join(' ', run)}\"/>");
                }

                run.Clear();
            }

            for (var i = 0; i < series.Points.Length; i++)
            {
                if (series.Points[i].Value is { } value)
                {
                    run.Add(string.Create(CultureInfo.InvariantCulture, $"{geometry.X(i)},{geometry.Y(value)}"));
                }
                else
                {
                    Flush();
                }
            }

            Flush();
            for (var i = 0; i < series.Points.Length; i++)
            {
                if (series.Points[i].Value is { } value)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"trend-chart__point\" cx=\"{geometry.X(i)}\" cy=\"{geometry.Y(value)}\" r=\"4\"/>");
                }
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"trend-chart__axis\" x1=\"{ChartGeometry.Left}\" x2=\"{ChartGeometry.Width - ChartGeometry.Right}\" y1=\"{geometry.Baseline}\" y2=\"{geometry.Baseline}\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
