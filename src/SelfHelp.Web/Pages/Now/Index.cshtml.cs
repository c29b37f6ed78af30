using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Urge;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Plan;
using SelfHelp.Web.Safety;

namespace SelfHelp.Web.Pages.Now;

/// <summary>
/// "Help right now" (issue 18): one calm page for a hard moment. The person's own plan first, then the editors'
/// guide (three things to do now, riding out an urge, with an optional timer), then people to talk to with
/// "open now". A short, neutral address, linked beside the quick exit on every page.
/// </summary>
public sealed class NowModel(ContentStore content, PlanPost plan, SafetyContext safety) : PageModel
{
    public SelfHelp.Web.Plan.MyPlan Plan { get; private set; } = SelfHelp.Web.Plan.MyPlan.None;

    public UrgeGuide Guide => content.UrgeGuide;

    /// <summary>The urges module's title in this language, when the programme has it.</summary>
    public string? UrgesTitle => content.Catalogue.FindModule("urges")?.Title;

    public RegionHelplines Support => safety.Current;

    public void OnGet() => Plan = plan.Current();
}
