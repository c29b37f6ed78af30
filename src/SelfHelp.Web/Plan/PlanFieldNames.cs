using System.Globalization;
using SelfHelp.Content.Plan;

namespace SelfHelp.Web.Plan;

/// <summary>
/// The one place that names My plan's fields in HTML. One page edits answers from several modules, so a name carries
/// the module, the exercise and the field (all slugs: single dashes only, so <c>--</c> and <c>.</c> cannot be in one).
/// </summary>
public static class PlanFieldNames
{
    /// <summary>The hidden field listing the fields the page showed (one value per field).</summary>
    public const string Shown = "shown";

    /// <summary>The posted name of a field: <c>plan.{module}.{form}.{field}</c>.</summary>
    public static string Name(PlanEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return $"plan.{entry.Module.Id}.{entry.Form.Id}.{entry.Field.Id}";
    }

    /// <summary>The id of a field's input (for a group, the prefix of its inputs' ids).</summary>
    public static string Id(PlanEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return $"p-{entry.Module.Id}--{entry.Form.Id}--{entry.Field.Id}";
    }

    /// <summary>The id of one input of a group: option <paramref name="index"/> of a checklist or list.</summary>
    public static string Id(PlanEntry entry, int index) => $"{Id(entry)}-{index.ToString(CultureInfo.InvariantCulture)}";

    public static string HintId(PlanEntry entry) => $"{Id(entry)}-hint";

    public static string ErrorId(PlanEntry entry) => $"{Id(entry)}-error";

    public static string LimitId(PlanEntry entry) => $"{Id(entry)}-limit";

    /// <summary>The id of a section's heading.</summary>
    public static string SectionId(PlanSection section) => $"plan-{PlanSections.NameOf(section)}";

    /// <summary>Where an error summary link for a field points: the field, or a group's first input.</summary>
    public static string Anchor(PlanEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Field.Kind switch
        {
            SelfHelp.Content.Catalogue.FieldKind.Checklist => Id(entry, 0),
            SelfHelp.Content.Catalogue.FieldKind.List => Id(entry, 1),
            _ => Id(entry),
        };
    }
}
