using System.Collections.Immutable;

namespace SelfHelp.Content.Guide;

/// <summary>One question of the "where to start" guide; exactly one option is chosen.</summary>
public sealed record GuideQuestion(string Id, string Text, string? Hint, ImmutableArray<GuideOption> Options);
