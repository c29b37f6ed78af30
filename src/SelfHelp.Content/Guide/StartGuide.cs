using System.Collections.Immutable;

namespace SelfHelp.Content.Guide;

/// <summary>
/// The optional "where to start" questionnaire, written per language in <c>start.yml</c>. Only the path it
/// recommends is remembered, never the answers.
/// </summary>
public sealed record StartGuide(string Title, string? Intro, ImmutableArray<GuideQuestion> Questions, ImmutableArray<GuidePath> Paths)
{
    /// <summary>No guide: the site offers none.</summary>
    public static StartGuide None { get; } = new("", null, [], []);

    /// <summary>The editors' shorter way through the programme; null when <c>start.yml</c> defines none.</summary>
    public ShorterRoute? ShorterRoute { get; init; }

    /// <summary>True when the site should offer the questionnaire.</summary>
    public bool IsAvailable => !Questions.IsEmpty && !Paths.IsEmpty;

    /// <summary>The first path whose conditions the answers meet (the default when none does).</summary>
    public GuidePath? Recommend(IReadOnlyDictionary<string, string> answers) => Paths.FirstOrDefault(p => p.Matches(answers));
}
