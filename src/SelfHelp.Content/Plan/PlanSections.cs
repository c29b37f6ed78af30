using System.Collections.Frozen;

namespace SelfHelp.Content.Plan;

/// <summary>The names editors write for each <see cref="PlanSection"/> (<c>plan: warning-signs</c>).</summary>
public static class PlanSections
{
    private static readonly FrozenDictionary<string, PlanSection> ByName = new Dictionary<string, PlanSection>(StringComparer.Ordinal)
    {
        ["reasons"] = PlanSection.Reasons,
        ["warning-signs"] = PlanSection.WarningSigns,
        ["instead"] = PlanSection.Instead,
        ["people"] = PlanSection.People,
        ["if-then"] = PlanSection.IfThen,
        ["after-lapse"] = PlanSection.AfterLapse,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every section name, in the plan's order.</summary>
    public static IEnumerable<string> Names => ByName.OrderBy(p => p.Value).Select(p => p.Key);

    /// <summary>The section an editor's name stands for, or null.</summary>
    public static PlanSection? Find(string name) => ByName.TryGetValue(name, out var section) ? section : null;

    /// <summary>The name editors write for a section, such as <c>warning-signs</c>.</summary>
    public static string NameOf(PlanSection section) => ByName.First(p => p.Value == section).Key;
}
