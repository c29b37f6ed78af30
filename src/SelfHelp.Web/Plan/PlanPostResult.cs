using System.Collections.Immutable;
using SelfHelp.Content.Distress;
using SelfHelp.Web.Forms;

namespace SelfHelp.Web.Plan;

/// <summary>The outcome of posting My plan: immutable, for the page to render or redirect from.</summary>
/// <param name="Outcome">What happened (<see cref="PostOutcome.Saved"/>, <see cref="PostOutcome.Invalid"/>, ...).</param>
/// <param name="Plan">The plan as the page shows it again: the posted words in every box, with errors.</param>
/// <param name="Errors">Error summary entries: anchor to message.</param>
/// <param name="Concern">What the saved answers suggested (nothing, almost always). Never logged or stored.</param>
public sealed record PlanPostResult(PostOutcome Outcome, MyPlan Plan, ImmutableArray<KeyValuePair<string, string>> Errors, DistressResult Concern)
{
    public bool Redirects => Outcome == PostOutcome.Saved && Concern.IsEmpty;
}
