using SelfHelp.Content.Catalogue;

namespace SelfHelp.Content.Plan;

/// <summary>One exercise field that feeds the person's plan: where its answer is kept, and which section shows it.</summary>
/// <param name="Section">The plan's section.</param>
/// <param name="Module">The module the exercise is in.</param>
/// <param name="Form">The exercise.</param>
/// <param name="Field">The field whose answer goes into the plan.</param>
public sealed record PlanEntry(PlanSection Section, Module Module, FormBlockPart Form, FormField Field);
