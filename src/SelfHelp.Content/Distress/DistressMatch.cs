namespace SelfHelp.Content.Distress;

/// <summary>A rule that matched an answer, for editors checking their rules and for tests. Never logged.</summary>
/// <param name="Kind">The kind of support the rule brings.</param>
/// <param name="Rule">The rule as written in <c>distress.yml</c>.</param>
/// <param name="Line">The rule's line in <c>distress.yml</c>.</param>
public sealed record DistressMatch(DistressKind Kind, string Rule, int Line);
