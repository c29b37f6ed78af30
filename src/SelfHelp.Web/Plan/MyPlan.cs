using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Plan;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Plan;

/// <summary>
/// The person's own plan, assembled from their answers to the exercise fields that content marks with <c>plan:</c>.
/// The plan has no storage of its own: its words live in the notebook, under the exercises they belong to, so editing
/// the plan edits those answers and the exercise pages show the change.
/// </summary>
public sealed record MyPlan(ImmutableArray<PlanPart> Parts)
{
    public static readonly MyPlan None = new([]);

    /// <summary>True when content marks at least one field for the plan.</summary>
    public bool IsAvailable => !Parts.IsEmpty;

    /// <summary>True when the person has written anything that is in the plan.</summary>
    public bool HasAnswers => Parts.Any(p => p.IsAnswered);

    /// <summary>Builds the plan from the catalogue's plan fields and the person's answers (read per module, only for modules that feed the plan).</summary>
    public static MyPlan Build(ContentCatalogue catalogue, Func<string, ModuleAnswers> answers, IReadOnlyDictionary<string, (string? Value, string? Error)>? posted = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(answers);
        var parts = catalogue.Plan
            .GroupBy(e => e.Section)
            .Select(g => new PlanPart(g.Key, [.. g.Select(e =>
            {
                if (posted is not null && posted.TryGetValue(PlanFieldNames.Name(e), out var given))
                {
                    return new PlanItem(e, given.Value, given.Error);
                }

                var value = answers(e.Module.Id).For(e.Form.Id).GetValueOrDefault(e.Field.Id);
                return new PlanItem(e, string.IsNullOrEmpty(value) ? null : value);
            })]))
            .ToImmutableArray();
        return new MyPlan(parts);
    }

    /// <summary>An answer as lines a person reads: ticked options, list items, or the text's lines.</summary>
    public static IReadOnlyList<string> Lines(PlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var field = item.Entry.Field;
        return string.IsNullOrEmpty(item.Value) ? [] : field.Kind switch
        {
            FieldKind.Checklist => [.. AnswerValues.Ticked(item.Value).Where(i => i < field.Options.Length).Order().Select(i => field.Options[i])],
            FieldKind.List => [.. AnswerValues.Items(item.Value).Where(i => i.Length > 0)],
            _ => item.Value.Split('\n'),
        };
    }
}
