using System.Globalization;
using System.Net;
using System.Text;

namespace SelfHelp.Web.Feedback;

/// <summary>
/// A horizontal bar chart of one question's answers, drawn as SVG by the site itself (no script, no outside library).
/// Each answer is a row: its words, a bar as long as its count relative to the largest shown count, and the count. A
/// count under the threshold gets no bar and says "fewer than N". Colours come from CSS classes, so the chart follows
/// the page's theme and prints; the numbers are also in a table beside it for screen readers.
/// </summary>
public static class FeedbackChart
{
    public const int Width = 640;
    public const int LabelWidth = 250;
    public const int RowHeight = 28;
    public const int BarHeight = 18;
    public const int CountWidth = 110;

    /// <summary>The bar's length in pixels for a count, given the largest shown count (0 when nothing is shown).</summary>
    public static int BarLength(long? count, long largest)
    {
        if (count is not { } value || value <= 0 || largest <= 0)
        {
            return 0;
        }

        var room = Width - LabelWidth - CountWidth;
        return (int)Math.Max(1, Math.Round(room * (double)value / largest, MidpointRounding.AwayFromZero));
    }

    /// <summary>The chart as an SVG element; hidden from screen readers, which read the table beside it.</summary>
    public static string Svg(QuestionSummary question, string hiddenLabel)
    {
        ArgumentNullException.ThrowIfNull(question);
        var largest = question.Answers.Max(a => a.Count ?? 0);
        var height = (question.Answers.Length * RowHeight) + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"feedback-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" aria-hidden=\"true\" focusable=\"false\">");
        for (var i = 0; i < question.Answers.Length; i++)
        {
            var answer = question.Answers[i];
            var y = 4 + (i * RowHeight);
            var length = BarLength(answer.Count, largest);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"feedback-chart__label\" x=\"{LabelWidth - 8}\" y=\"{y + 14}\" text-anchor=\"end\">{WebUtility.HtmlEncode(answer.Answer)}</text>");
            if (length > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"feedback-chart__bar\" x=\"{LabelWidth}\" y=\"{y + 1}\" width=\"{length}\" height=\"{BarHeight}\"/>");
            }

            var label = answer.Count is { } count ? count.ToString("N0", CultureInfo.InvariantCulture) : hiddenLabel;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"feedback-chart__count\" x=\"{LabelWidth + length + 6}\" y=\"{y + 14}\">{WebUtility.HtmlEncode(label)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
