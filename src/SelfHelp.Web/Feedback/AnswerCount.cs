namespace SelfHelp.Web.Feedback;

/// <summary>One answer's count, or null when it is under the threshold and so not shown.</summary>
public sealed record AnswerCount(string Answer, long? Count);
