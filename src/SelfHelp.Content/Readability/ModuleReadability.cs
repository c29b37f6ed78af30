namespace SelfHelp.Content.Readability;

/// <summary>The reading level of one module file, known even when the module has errors and is held back.</summary>
/// <param name="ModuleId">The module's id.</param>
/// <param name="Order">The module's place in the programme.</param>
/// <param name="SourcePath">The file, relative to the content folder.</param>
/// <param name="Score">The counts and grade of the module's prose.</param>
/// <param name="Loaded">False when the module has errors and so is not in the catalogue.</param>
public sealed record ModuleReadability(string ModuleId, int Order, string SourcePath, ReadabilityScore Score, bool Loaded)
{
    /// <summary>How sentence lengths spread across the same prose.</summary>
    public SentenceSpread Spread { get; init; }
}
