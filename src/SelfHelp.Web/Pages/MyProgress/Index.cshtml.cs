using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.MyProgress;

/// <summary>Every module's status and before / after ratings, read from the person's own cookie.</summary>
public sealed class MyProgressModel(
    ContentStore content,
    ProgressStore progress,
    Pacing pacing,
    Microsoft.Extensions.Options.IOptions<SelfHelp.Web.Feedback.FeedbackOptions> feedbackOptions,
    Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery,
    Microsoft.Extensions.Localization.IStringLocalizer<Ui> text) : PageModel
{
    /// <summary>True when content defines a weekly check-in.</summary>
    public bool CheckInAvailable => content.CheckIn.IsAvailable;

    /// <summary>Each check-in question over the weeks (and the wellbeing score), for charts; empty before the first check-in.</summary>
    public ImmutableArray<SelfHelp.Web.Charts.TrendSeries> Trends { get; private set; } = [];

    /// <summary>True a week after the last check-in, unless put off.</summary>
    public bool CheckInDue { get; private set; }

    /// <summary>Set when the person has just checked in.</summary>
    public bool CheckedIn { get; private set; }

    /// <summary>For the check-in suggestion's "Not now".</summary>
    public SelfHelp.Web.Forms.FormToken Token { get; private set; } = SelfHelp.Web.Forms.FormToken.None;

    /// <summary>Modules with a rating before or after, for the chart.</summary>
    public ImmutableArray<SelfHelp.Web.Charts.RatingPair> Rated { get; private set; } = [];

    /// <summary>How full the notebook is.</summary>
    public NotebookSpace Space => progress.Space;

    public ImmutableArray<ModuleRatings> Modules { get; private set; } = [];

    public int Completed => Modules.Count(m => m.Status == ModuleStatus.Completed);

    public int FinishedToday { get; private set; }

    public bool HasPath { get; private set; }

    /// <summary>True when the programme is done and its optional questions have not been answered.</summary>
    public bool OfferProgrammeFeedback { get; private set; }

    public void OnGet(int? checkedIn)
    {
        var state = progress.Current;
        CheckedIn = checkedIn == 1;
        Trends = SelfHelp.Web.CheckIns.CheckInTrends.From(content.CheckIn, state, text["CheckIn.Wellbeing.Score"], text["Format.DayMonth"]);
        CheckInDue = CheckInAvailable && SelfHelp.Web.CheckIns.CheckInSchedule.IsDue(state, pacing.Today);
        if (CheckInDue)
        {
            Token = SelfHelp.Web.Forms.FormToken.For(antiforgery, HttpContext);
        }

        Modules = [.. content.Catalogue.Modules.Select(m =>
        {
            var p = state.For(m.Id);
            return new ModuleRatings(m, p.Status(), m.StartingPoint?.Fields.FirstOrDefault()?.Label, p.RatingBefore, p.RatingAfter);
        })];
        Rated = [.. Modules.Where(m => m.Before > 0 || m.After > 0)
            .Select(m => new SelfHelp.Web.Charts.RatingPair(m.Module.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Before, m.After))];
        FinishedToday = pacing.FinishedToday(state);
        HasPath = !state.Path.IsEmpty;
        OfferProgrammeFeedback = SelfHelp.Web.Feedback.FeedbackSubjects.Offer(content.Catalogue, content.Feedback, state, SelfHelp.Content.Feedback.FeedbackQuestions.Programme, feedbackOptions.Value.Store != SelfHelp.Web.Feedback.FeedbackStoreKind.Off);
    }
}
