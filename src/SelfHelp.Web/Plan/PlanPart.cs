using System.Collections.Immutable;
using SelfHelp.Content.Plan;

namespace SelfHelp.Web.Plan;

/// <summary>One section of the plan (warning signs, what I will do instead, ...) and its fields.</summary>
public sealed record PlanPart(PlanSection Section, ImmutableArray<PlanItem> Items)
{
    public bool IsAnswered => Items.Any(i => i.IsAnswered);
}
