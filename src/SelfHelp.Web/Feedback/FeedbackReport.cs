using System.Globalization;
using System.Net;
using System.Text;

namespace SelfHelp.Web.Feedback;

/// <summary>
/// The report a charity reads (issue 20): an HTML page with a chart and a table per module and question, and the same
/// numbers as CSV. Both show only what <see cref="FeedbackSummary"/> shows: no count under the threshold.
/// </summary>
public static class FeedbackReport
{
    public static string Html(FeedbackSummary summary, string siteName, DateTimeOffset made)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var hidden = string.Create(CultureInfo.InvariantCulture, $"fewer than {summary.HideBelow}");
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Feedback report</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; color: #1d1d1f; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
            h2 { margin-top: 2.5rem; border-top: 2px solid #b1b4b6; padding-top: 1rem; }
            table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
            th, td { text-align: left; padding: 0.2rem 0.8rem 0.2rem 0; border-bottom: 1px solid #e0e0e0; }
            td.n { text-align: right; }
            .feedback-chart { max-width: 100%; height: auto; }
            .feedback-chart__bar { fill: #1d70b8; }
            .feedback-chart__label, .feedback-chart__count { fill: #1d1d1f; font: 13px system-ui, sans-serif; }
            .muted { color: #4b4b50; }
            </style>
            </head>
            <body>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<h1>What people told us: {Encode(siteName)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Made {made:yyyy-MM-dd HH:mm} UTC, covering {(summary.Month is null ? "every month" : Encode(summary.Month))}. ");
        html.Append(CultureInfo.InvariantCulture, $"Answers are only ever counted. A count under {summary.HideBelow} is never shown, and totals are rounded down to a multiple of {summary.HideBelow}, so nobody's answer can be picked out.</p>");
        foreach (var subject in summary.Subjects)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(subject.Title)}</h2>");
            if (!subject.Questions.Any(q => q.Shown))
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Fewer than {summary.HideBelow} answers so far.</p>");
                continue;
            }

            foreach (var question in subject.Questions)
            {
                html.Append(CultureInfo.InvariantCulture, $"<h3>{Encode(question.Question)} <span class=\"muted\">({Domain(question.Domain)})</span></h3>");
                if (!question.Shown)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Fewer than {summary.HideBelow} answers so far.</p>");
                    continue;
                }

                html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">At least {question.AtLeast:N0} answers.</p>");
                html.Append(FeedbackChart.Svg(question, hidden));
                html.Append("<table><thead><tr><th scope=\"col\">Answer</th><th scope=\"col\">Count</th></tr></thead><tbody>");
                foreach (var answer in question.Answers)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(answer.Answer)}</td><td class=\"n\">{(answer.Count is { } count ? count.ToString("N0", CultureInfo.InvariantCulture) : hidden)}</td></tr>");
                }

                html.Append("</tbody></table>");
            }
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>One row per subject, question and answer; a hidden count is written as <c>&lt;N</c>.</summary>
    public static string Csv(FeedbackSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var csv = new StringBuilder("month,subject,subject_title,question,domain,question_text,answer_position,answer,count\n");
        foreach (var subject in summary.Subjects)
        {
            foreach (var question in subject.Questions)
            {
                for (var i = 0; i < question.Answers.Length; i++)
                {
                    var answer = question.Answers[i];
                    var count = answer.Count is { } n ? n.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"<{summary.HideBelow}");
                    csv.AppendJoin(',', Field(summary.Month ?? "all"), Field(subject.Id), Field(subject.Title), Field(question.Id), Field(Domain(question.Domain)), Field(question.Question), (i + 1).ToString(CultureInfo.InvariantCulture), Field(answer.Answer), Field(count)).Append('\n');
                }
            }
        }

        return csv.ToString();
    }

    public static string Domain(SelfHelp.Content.Feedback.FeedbackDomain domain) => domain switch
    {
        SelfHelp.Content.Feedback.FeedbackDomain.AffectiveAttitude => "affective attitude",
        SelfHelp.Content.Feedback.FeedbackDomain.Burden => "burden",
        SelfHelp.Content.Feedback.FeedbackDomain.Ethicality => "ethicality",
        SelfHelp.Content.Feedback.FeedbackDomain.InterventionCoherence => "intervention coherence",
        SelfHelp.Content.Feedback.FeedbackDomain.OpportunityCosts => "opportunity costs",
        SelfHelp.Content.Feedback.FeedbackDomain.PerceivedEffectiveness => "perceived effectiveness",
        SelfHelp.Content.Feedback.FeedbackDomain.SelfEfficacy => "self-efficacy",
        _ => "general acceptability",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    // RFC 4180; a leading =, +, - or @ is quoted with a ' so a spreadsheet never runs it as a formula.
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
