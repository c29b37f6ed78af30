using System.Globalization;
using System.Net;
using System.Text;

namespace SelfHelp.Web.Charts;

/// <summary>One module's self-ratings: before and after (1 to 10; 0 when not given).</summary>
public sealed record RatingPair(string Label, int Before, int After);

/// <summary>
/// The before and after ratings of each module as pairs of bars, drawn as SVG on the server: "before" outlined,
/// "after" filled, so they differ without colour. Hidden from screen readers, which read the list of ratings.
/// </summary>
public static class RatingsChart
{
    public const int Max = 10;

    public static string Svg(IReadOnlyList<RatingPair> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var geometry = new ChartGeometry(Math.Max(1, modules.Count), Max);
        var width = Math.Round(geometry.BarWidth / 2, 1);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend-chart ratings-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {ChartGeometry.Width} {ChartGeometry.Height}\" preserveAspectRatio=\"xMidYMid meet\" aria-hidden=\"true\" focusable=\"false\">");
        foreach (var tick in geometry.Ticks)
        {
            var y = geometry.Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"trend-chart__grid\" x1=\"{ChartGeometry.Left}\" x2=\"{ChartGeometry.Width - ChartGeometry.Right}\" y1=\"{y}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"trend-chart__tick\" x=\"{ChartGeometry.Left - 8}\" y=\"{y + 5}\" text-anchor=\"end\">{tick}</text>");
        }

        for (var i = 0; i < modules.Count; i++)
        {
            var x = geometry.X(i);
            Bar(svg, geometry, x - width, width, modules[i].Before, "ratings-chart__before");
            Bar(svg, geometry, x, width, modules[i].After, "ratings-chart__after");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"trend-chart__label\" x=\"{x}\" y=\"{ChartGeometry.Height - 14}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(modules[i].Label)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"trend-chart__axis\" x1=\"{ChartGeometry.Left}\" x2=\"{ChartGeometry.Width - ChartGeometry.Right}\" y1=\"{geometry.Baseline}\" y2=\"{geometry.Baseline}\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, ChartGeometry geometry, double x, double width, int value, string css)
    {
        if (value <= 0)
        {
            return;
        }

        var top = geometry.Y(value);
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{css}\" x=\"{Math.Round(x, 1)}\" y=\"{top}\" width=\"{width}\" height=\"{Math.Round(geometry.Baseline - top, 1)}\"/>");
    }
}
