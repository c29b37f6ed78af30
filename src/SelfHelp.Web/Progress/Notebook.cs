using System.Collections.Immutable;

namespace SelfHelp.Web.Progress;

/// <summary>Everything a person wrote, by module id: the notebook, kept in the person's browser only.</summary>
public sealed record Notebook(ImmutableSortedDictionary<string, ModuleAnswers> Modules)
{
    public static readonly Notebook Empty = new(ImmutableSortedDictionary.Create<string, ModuleAnswers>(StringComparer.Ordinal));

    public bool IsEmpty => Modules.Values.All(m => m.IsEmpty);

    public ModuleAnswers For(string moduleId) => Modules.GetValueOrDefault(moduleId) ?? ModuleAnswers.Empty(moduleId);

    public Notebook With(ModuleAnswers answers) =>
        new(answers.IsEmpty ? Modules.Remove(answers.ModuleId) : Modules.SetItem(answers.ModuleId, answers));
}
