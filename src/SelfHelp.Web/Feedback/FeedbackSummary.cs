using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Feedback;

namespace SelfHelp.Web.Feedback;

/// <summary>
/// The counts as a charity may see them (issue 20): summed over the months asked for, and with every count under the
/// threshold hidden. Totals are never exact (rounded down to a multiple of the threshold), so a hidden count cannot be
/// worked out from a total and the shown counts.
/// </summary>
public sealed class FeedbackSummary
{
    private FeedbackSummary(ImmutableArray<SubjectSummary> subjects, int hideBelow, string? month)
    {
        Subjects = subjects;
        HideBelow = hideBelow;
        Month = month;
    }

    public ImmutableArray<SubjectSummary> Subjects { get; }

    public int HideBelow { get; }

    /// <summary>The month covered (<c>yyyy-MM</c>), or null for every month.</summary>
    public string? Month { get; }

    public static FeedbackSummary Build(IEnumerable<FeedbackCount> counts, FeedbackQuestions questions, ContentCatalogue catalogue, int hideBelow, string programmeTitle, string? month = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(catalogue);
        var totals = counts.Where(c => month is null || c.Month == month)
            .GroupBy(c => (c.Subject, c.Question, c.Answer))
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var subjects = catalogue.Modules.Select(m => (m.Id, m.Title)).Append((FeedbackQuestions.Programme, programmeTitle));
        var result = new List<SubjectSummary>();
        foreach (var (id, title) in subjects)
        {
            var asked = questions.Questions.Select(q =>
            {
                var raw = q.Options.Select((o, i) => (Option: o, Count: totals.GetValueOrDefault((id, q.Id, i + 1)))).ToList();
                var total = raw.Sum(r => r.Count);
                var answers = raw.Select(r => new AnswerCount(r.Option, r.Count >= hideBelow ? r.Count : null)).ToImmutableArray();
                return new QuestionSummary(q.Id, q.TextFor("it"), q.Domain, answers, total >= hideBelow ? total / hideBelow * hideBelow : 0);
            }).ToImmutableArray();
            result.Add(new SubjectSummary(id, title, asked));
        }

        return new FeedbackSummary([.. result], hideBelow, month);
    }
}
