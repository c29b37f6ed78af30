using System.Collections.Immutable;

namespace SelfHelp.Content.Feedback;

/// <summary>
/// One optional question asked after a module or after the whole programme, with its fixed answers in order.
/// Answers are counted only in aggregate (issue 20).
/// </summary>
/// <param name="Id">Stable id: counts are kept under it, so it must never change once published.</param>
/// <param name="Domain">The construct of the Theoretical Framework of Acceptability that it asks about.</param>
/// <param name="Text">The question; <c>{it}</c> stands for "this module" or "the whole programme".</param>
/// <param name="Options">The answers, from the least to the most favourable; counted by position (1-based).</param>
public sealed record FeedbackQuestion(string Id, FeedbackDomain Domain, string Text, ImmutableArray<string> Options)
{
    /// <summary>The question about one module or about the whole programme.</summary>
    public string TextFor(string subject) => Text.Replace("{it}", subject, StringComparison.Ordinal);
}
