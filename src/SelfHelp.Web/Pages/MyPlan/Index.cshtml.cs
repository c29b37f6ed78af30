using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Distress;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Plan;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.MyPlan;

/// <summary>
/// My plan (issue 18): the person's answers to the exercises that feed the plan, gathered by section, edited in place
/// (the words go back to their exercises), printed on one page and downloadable.
/// </summary>
/// <remarks>The antiforgery token is checked here, so a stale page gives the words back instead of a bare 400.</remarks>
[IgnoreAntiforgeryToken]
[ReadsOwnForm]
[GivesWordsBack]
[RequestSizeLimit(FormLimits.MaxStepBodyBytes)]
[RequestFormLimits(ValueLengthLimit = FormLimits.MaxStepBodyBytes, MultipartBodyLengthLimit = FormLimits.MaxStepBodyBytes)]
public sealed class MyPlanModel(PlanPost post, ProgressStore progress, IAntiforgery antiforgery, IStringLocalizer<Ui> text) : PageModel
{
    public SelfHelp.Web.Plan.MyPlan Plan { get; private set; } = SelfHelp.Web.Plan.MyPlan.None;

    public FormToken Token { get; private set; } = FormToken.None;

    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; private set; } = [];

    public DistressResult Concern { get; private set; } = DistressResult.None;

    public bool Saved { get; private set; }

    /// <summary>How full the notebook is.</summary>
    public NotebookSpace Space => progress.Space;

    public void OnGet(int? saved)
    {
        Plan = post.Current();
        Saved = saved == 1;
        Token = FormToken.For(antiforgery, HttpContext);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = post.Handle(Request.Form, await antiforgery.IsRequestValidAsync(HttpContext));
        if (result.Redirects)
        {
            return Redirect(Url.Page("/MyPlan/Index", null, new { saved = 1 }, null, null, "plan-saved")!);
        }

        Plan = result.Plan;
        Errors = result.Errors;
        Concern = result.Concern;
        Saved = result.Outcome == PostOutcome.Saved;
        Token = FormToken.For(antiforgery, HttpContext);
        return Page();
    }

    /// <summary>The plan as a text file. Never kept in the browser's cache.</summary>
    public IActionResult OnGetDownload()
    {
        Response.Headers.CacheControl = "no-store";
        return PlanDocument.ToFile(post.Current(), text);
    }
}
