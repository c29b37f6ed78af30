using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Pages.Modules;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages;

public sealed class IndexModel(ContentStore content, ProgressStore progress, Pacing pacing, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) : PageModel
{
    /// <summary>True a week after the last check-in, unless put off: a gentle suggestion, never a block.</summary>
    public bool CheckInDue { get; private set; }

    /// <summary>For the suggestion's "Not now".</summary>
    public SelfHelp.Web.Forms.FormToken Token { get; private set; } = SelfHelp.Web.Forms.FormToken.None;

    public int ModuleCount { get; private set; }

    /// <summary>How many questions the "where to start" guide asks; 0 when there is none.</summary>
    public int GuideQuestions { get; private set; }

    public bool HasPath { get; private set; }

    /// <summary>Where "Continue" goes: the next unread step, or the next module once one is finished; null before anything was read.</summary>
    public Continuation? Resume { get; private set; }

    public void OnGet()
    {
        var catalogue = content.Catalogue;
        GuideQuestions = content.StartGuide.IsAvailable ? content.StartGuide.Questions.Length : 0;
        HasPath = !progress.Current.Path.IsEmpty;
        ModuleCount = catalogue.Modules.Length;
        Resume = Journey.Continue(catalogue, progress.Current);
        CheckInDue = content.CheckIn.IsAvailable && SelfHelp.Web.CheckIns.CheckInSchedule.IsDue(progress.Current, pacing.Today);
        if (CheckInDue)
        {
            Token = SelfHelp.Web.Forms.FormToken.For(antiforgery, HttpContext);
        }
    }
}
