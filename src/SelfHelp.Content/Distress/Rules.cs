using System.Collections.Immutable;

namespace SelfHelp.Content.Distress;

/// <summary>A rule that brings <see cref="Kind"/> when its pattern is in a sentence.</summary>
internal sealed record PhraseRule(DistressKind Kind, Pattern Pattern);
