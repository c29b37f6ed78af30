using System.Collections.Immutable;

namespace SelfHelp.Web.Progress;

/// <summary>What a person wrote in one module: form id to (field id to value). Kept in the module's own cookie.</summary>
public sealed record ModuleAnswers(string ModuleId, ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> Forms)
{
    public static ModuleAnswers Empty(string moduleId) =>
        new(moduleId, ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, string>>(StringComparer.Ordinal));

    public bool IsEmpty => Forms.IsEmpty;

    public ImmutableSortedDictionary<string, string> For(string formId) =>
        Forms.GetValueOrDefault(formId) ?? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Sets one form's values; empty values remove the form.</summary>
    public ModuleAnswers With(string formId, ImmutableSortedDictionary<string, string> values) =>
        this with { Forms = values.IsEmpty ? Forms.Remove(formId) : Forms.SetItem(formId, values) };

    /// <summary>True when both hold the same values.</summary>
    public bool SameAs(ModuleAnswers other) =>
        Forms.Count == other.Forms.Count
        && Forms.All(f => other.Forms.TryGetValue(f.Key, out var values) && values.Count == f.Value.Count
            && f.Value.All(v => values.TryGetValue(v.Key, out var value) && value == v.Value));
}
