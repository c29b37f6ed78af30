using System.Collections.Immutable;

namespace SelfHelp.Content.Guide;

/// <summary>One answer a person can choose.</summary>
public sealed record GuideOption(string Id, string Text);

/// <summary>One question of the "where to start" guide; exactly one option is chosen.</summary>
public sealed record GuideQuestion(string Id, string Text, string? Hint, ImmutableArray<GuideOption> Options);

/// <summary>
/// A rule mapping answers to a recommended order of modules. It applies when, for every question it names, the
/// answer is one of the listed options. A rule that names no question is the default.
/// </summary>
public sealed record GuidePath(ImmutableDictionary<string, ImmutableArray<string>> When, ImmutableArray<string> Modules, string? Reason)
{
    /// <summary>
    /// True when the path is for someone who is struggling: the result page starts with the region's helplines, open
    /// now or not, above the modules (YAML: <c>helplines-first: true</c>).
    /// </summary>
    public bool HelplinesFirst { get; init; }

    /// <summary>True for the path that applies to everyone no other path matched.</summary>
    public bool IsDefault => When.IsEmpty;

    /// <summary>True when every condition is met by <paramref name="answers"/> (question id to option id).</summary>
    public bool Matches(IReadOnlyDictionary<string, string> answers) =>
        When.All(c => answers.TryGetValue(c.Key, out var answer) && c.Value.Contains(answer));
}

/// <summary>
/// The optional "where to start" questionnaire, written per language in <c>start.yml</c>. Only the path it
/// recommends is remembered, never the answers.
/// </summary>
public sealed record StartGuide(string Title, string? Intro, ImmutableArray<GuideQuestion> Questions, ImmutableArray<GuidePath> Paths)
{
    /// <summary>No guide: the site offers none.</summary>
    public static StartGuide None { get; } = new("", null, [], []);

    /// <summary>True when the site should offer the questionnaire.</summary>
    public bool IsAvailable => !Questions.IsEmpty && !Paths.IsEmpty;

    /// <summary>The first path whose conditions the answers meet (the default when none does).</summary>
    public GuidePath? Recommend(IReadOnlyDictionary<string, string> answers) => Paths.FirstOrDefault(p => p.Matches(answers));
}
