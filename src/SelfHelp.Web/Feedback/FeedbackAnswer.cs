namespace SelfHelp.Web.Feedback;

/// <summary>One answer to count: a question and the position of the answer chosen, from 1.</summary>
public sealed record FeedbackAnswer(string Question, int Answer);
