using System.Collections.Immutable;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Distress;
using SelfHelp.Content.Plan;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Plan;

/// <summary>
/// Saves My plan: each field's words go back into the answer of the exercise it came from (the notebook), leaving
/// the exercise's other answers alone. The same checks as an exercise page apply (sizes, the notebook's room, the
/// key ring, distress), and nothing typed is thrown away when a save cannot happen.
/// </summary>
public sealed class PlanPost(ProgressStore progress, ContentStore content, IStringLocalizer<Ui> text)
{
    public MyPlan Current() => MyPlan.Build(content.Catalogue, progress.Answers);

    public PlanPostResult Handle(IFormCollection posted, bool tokenValid)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var shown = posted[PlanFieldNames.Shown].ToHashSet(StringComparer.Ordinal);
        var entries = content.Catalogue.Plan.Where(e => shown.Contains(PlanFieldNames.Name(e))).ToList();

        // Read every shown field through its exercise's own rules, one exercise at a time.
        var given = new Dictionary<string, (string? Value, string? Error)>(StringComparer.Ordinal);
        var forms = new List<(PlanEntry First, FormBlockPart Subset, ImmutableSortedDictionary<string, string> Values)>();
        var errors = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var group in entries.GroupBy(e => (e.Module.Id, e.Form.Id)))
        {
            var byField = group.ToDictionary(e => e.Field.Id, StringComparer.Ordinal);
            var subset = group.First().Form with { Fields = [.. group.Select(e => e.Field)] };
            var (values, fieldErrors) = AnswerValues.Read(
                subset,
                name => posted[PlanFieldNames.Name(byField[name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..]])],
                (key, args) => text[key, args]);
            foreach (var entry in group)
            {
                var error = fieldErrors.GetValueOrDefault(entry.Field.Id);
                given[PlanFieldNames.Name(entry)] = (values.GetValueOrDefault(entry.Field.Id) ?? (error is null ? null : posted[PlanFieldNames.Name(entry)].ToString()), error);
                if (error is not null)
                {
                    errors.Add(KeyValuePair.Create(PlanFieldNames.Anchor(entry), error));
                }
            }

            forms.Add((group.First(), subset, values));
        }

        var shownPlan = MyPlan.Build(content.Catalogue, progress.Answers, given);
        PlanPostResult Fail(PostOutcome outcome, string message) =>
            new(outcome, shownPlan, [KeyValuePair.Create("plan-form", message)], DistressResult.None);

        if (!tokenValid)
        {
            return Fail(PostOutcome.Rejected, text["Form.Rejected"]);
        }

        if (errors.Count > 0)
        {
            return new PlanPostResult(PostOutcome.Invalid, shownPlan, errors.ToImmutable(), DistressResult.None);
        }

        // One module's cookie at a time: each save is checked against the notebook's room on its own.
        foreach (var module in forms.GroupBy(f => f.First.Module.Id))
        {
            var answers = progress.Answers(module.Key);
            foreach (var (first, subset, values) in module)
            {
                var merged = answers.For(first.Form.Id).RemoveRange(subset.Fields.Select(f => f.Id)).SetItems(values);
                answers = answers.With(first.Form.Id, merged);
            }

            switch (progress.Save(answers, progress.Current))
            {
                case SaveResult.TooLarge:
                    return Fail(PostOutcome.TooLarge, text["Form.Full.Title"]);
                case SaveResult.Unavailable:
                    return Fail(PostOutcome.Unavailable, text["Form.Unavailable"]);
            }
        }

        var concern = forms.Aggregate(DistressResult.None, (found, f) => found.With(content.Distress.Check(f.Subset, f.Values)));
        return new PlanPostResult(PostOutcome.Saved, Current(), [], concern);
    }
}
