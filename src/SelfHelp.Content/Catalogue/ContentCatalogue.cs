using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SelfHelp.Content.Catalogue;

/// <summary>
/// Every module of one language, parsed, validated and rendered. Immutable: a reload builds a new one.
/// </summary>
public sealed class ContentCatalogue
{
    private readonly FrozenDictionary<string, Module> _byId;
    private readonly FrozenDictionary<string, string> _aliases;
    private readonly FrozenDictionary<string, FormBlockPart> _exercisesByCode;

    /// <summary>Builds a catalogue from modules already checked for duplicate ids and codes.</summary>
    /// <param name="language">The language folder name, for example <c>en</c>.</param>
    /// <param name="modules">The modules, in any order.</param>
    public ContentCatalogue(string language, IEnumerable<Module> modules)
    {
        Language = language;
        Modules = [.. modules.OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal)];
        _byId = Modules.ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);
        _aliases = Modules
            .SelectMany(m => m.Aliases.Select(a => (Alias: a, m.Id)))
            .ToFrozenDictionary(x => x.Alias, x => x.Id, StringComparer.Ordinal);
        _exercisesByCode = Modules
            .SelectMany(m => m.Forms)
            .Where(f => f.Code is not null)
            .ToFrozenDictionary(f => ExerciseCode.Normalize(f.Code!), StringComparer.Ordinal);
        Plan = [.. Modules
            .SelectMany(m => m.Forms.Where(f => f.Kind == FormKind.Exercise)
                .SelectMany(f => f.Fields.Where(x => x.Plan is not null).Select(x => new Plan.PlanEntry(x.Plan!.Value, m, f, x))))
            .OrderBy(e => e.Section)];
    }

    /// <summary>
    /// The exercise fields that feed the person's plan (marked <c>plan:</c> in content), by section in the plan's
    /// order, then in programme order.
    /// </summary>
    public ImmutableArray<Plan.PlanEntry> Plan { get; }

    /// <summary>An empty catalogue.</summary>
    public static ContentCatalogue Empty(string language) => new(language, []);

    /// <summary>The language folder name.</summary>
    public string Language { get; }

    /// <summary>The modules in programme order.</summary>
    public ImmutableArray<Module> Modules { get; }

    /// <summary>Every exercise with a code, in programme order.</summary>
    public IEnumerable<FormBlockPart> Exercises =>
        Modules.SelectMany(m => m.Forms).Where(f => f.Kind == FormKind.Exercise);

    /// <summary>The module with this exact id, or null.</summary>
    public Module? FindModule(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The current id for an old id listed as an alias, or null.</summary>
    public string? ResolveAlias(string oldId) => _aliases.GetValueOrDefault(oldId);

    /// <summary>The exercise with this code, forgiving case, spaces, dots and dashes; or null.</summary>
    public FormBlockPart? FindExercise(string code) => _exercisesByCode.GetValueOrDefault(ExerciseCode.Normalize(code));

    /// <summary>The module after the given one in programme order, or null at the end.</summary>
    public Module? NextModule(Module module)
    {
        var index = Modules.IndexOf(module);
        return index >= 0 && index + 1 < Modules.Length ? Modules[index + 1] : null;
    }
}
