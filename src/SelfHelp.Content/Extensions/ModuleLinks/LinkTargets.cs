namespace SelfHelp.Content.Extensions.ModuleLinks;

/// <summary>What links may point at: module ids with their step counts, and aliases.</summary>
internal sealed record LinkTargets(IReadOnlyDictionary<string, int> StepCounts, IReadOnlyDictionary<string, string> Aliases);
