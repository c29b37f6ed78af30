using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Feedback;

namespace SelfHelp.Web.Feedback;

/// <summary>What people said to one question about one subject.</summary>
/// <param name="Question">The question as asked about the subject.</param>
/// <param name="Domain">Its construct.</param>
/// <param name="Answers">Each answer, in order, with its count when shown.</param>
/// <param name="AtLeast">How many answered, rounded down to a multiple of the threshold; 0 when too few to show anything.</param>
public sealed record QuestionSummary(string Id, string Question, FeedbackDomain Domain, ImmutableArray<AnswerCount> Answers, long AtLeast)
{
    public bool Shown => AtLeast > 0;
}
