using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.MyProgress;

/// <summary>One module's line on "My progress".</summary>
/// <param name="Module">The module.</param>
/// <param name="Status">Not started, in progress or finished.</param>
/// <param name="Question">The starting-point question, or null when the module asks none.</param>
/// <param name="Before">The rating at the start (0 when not given).</param>
/// <param name="After">The rating on finishing (0 when not given).</param>
public sealed record ModuleRatings(Module Module, ModuleStatus Status, string? Question, int Before, int After);
