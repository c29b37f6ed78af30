using SelfHelp.Content.Plan;

namespace SelfHelp.Web.Plan;

/// <summary>One field of the plan with what the person has written in it (or just posted), and any error.</summary>
/// <param name="Entry">Where the answer comes from.</param>
/// <param name="Value">The stored (or posted) value; null when empty.</param>
/// <param name="Error">Why the posted value was not saved; null when fine.</param>
public sealed record PlanItem(PlanEntry Entry, string? Value, string? Error = null)
{
    public bool IsAnswered => !string.IsNullOrEmpty(Value);
}
