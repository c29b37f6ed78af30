using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;

namespace SelfHelp.Web.Progress;

/// <summary>
/// Progress as read from a cookie or file. Formats before version 3 kept answers inside the progress cookie and
/// remembered steps by number; those are carried here until <see cref="Resolve"/> turns them into step keys with
/// the catalogue, and the answers move to the notebook on the next save.
/// </summary>
public sealed record StoredProgress(ProgressState State, Notebook Answers)
{
    /// <summary>For an old format: per module, bit n-1 set when step n was read.</summary>
    public ImmutableSortedDictionary<string, ulong> LegacySteps { get; init; } = ImmutableSortedDictionary.Create<string, ulong>(StringComparer.Ordinal);

    /// <summary>For an old format: the module and step number where the person left off.</summary>
    public (string ModuleId, int Step)? LegacyPosition { get; init; }

    /// <summary>True when this came from a format before version 3 and should be written again in the new one.</summary>
    public bool IsLegacy { get; init; }

    /// <summary>The state with old step numbers turned into the keys of the steps that have those numbers today.</summary>
    public ProgressState Resolve(ContentCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var state = State;
        foreach (var (moduleId, bits) in LegacySteps)
        {
            if (Find(catalogue, moduleId) is not { } module)
            {
                continue;
            }

            var read = state.For(moduleId).ReadSteps.ToBuilder();
            foreach (var step in module.Steps.Where(s => s.Number <= 64 && (bits & (1UL << (s.Number - 1))) != 0))
            {
                read.Add(StepKey.For(step));
            }

            var progress = state.For(moduleId) with { ReadSteps = read.ToImmutable() };
            state = state with { Modules = progress.IsEmpty ? state.Modules.Remove(moduleId) : state.Modules.SetItem(moduleId, progress) };
        }

        if (LegacyPosition is { } position && Find(catalogue, position.ModuleId)?.FindStep(position.Step) is { } found)
        {
            state = state with { LastPosition = new Position(position.ModuleId, StepKey.For(found)) };
        }

        var empty = state.Modules.Where(m => m.Value.IsEmpty).Select(m => m.Key).ToList();
        return empty.Count == 0 ? state : state with { Modules = state.Modules.RemoveRange(empty) };
    }

    private static Module? Find(ContentCatalogue catalogue, string id) =>
        catalogue.FindModule(id) ?? (catalogue.ResolveAlias(id) is { } current ? catalogue.FindModule(current) : null);
}
