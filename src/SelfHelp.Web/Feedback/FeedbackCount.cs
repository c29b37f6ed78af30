namespace SelfHelp.Web.Feedback;

/// <summary>
/// One counter: how many times, in one calendar month, one answer was given to one question about one module (or the
/// whole programme). Nothing else is ever kept: no row per response, no finer time, no link to anything else.
/// </summary>
/// <param name="Month">The calendar month, such as <c>2026-12</c>.</param>
/// <param name="Subject">A module id, or <c>programme</c>.</param>
/// <param name="Question">The question's id.</param>
/// <param name="Answer">The answer's position, from 1.</param>
/// <param name="Count">How many times it was given.</param>
public sealed record FeedbackCount(string Month, string Subject, string Question, int Answer, long Count);
