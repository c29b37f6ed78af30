using System.Collections.Immutable;

namespace SelfHelp.Content.Guide;

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
