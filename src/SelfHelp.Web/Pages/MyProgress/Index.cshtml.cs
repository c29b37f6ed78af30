using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.MyProgress;

/// <summary>Every module's status and before / after ratings, read from the person's own cookie.</summary>
public sealed class MyProgressModel(ContentStore content, ProgressStore progress, Pacing pacing, Microsoft.Extensions.Options.IOptions<SelfHelp.Web.Feedback.FeedbackOptions> feedbackOptions) : PageModel
{
    /// <summary>How full the notebook is.</summary>
    public NotebookSpace Space => progress.Space;

    public ImmutableArray<ModuleRatings> Modules { get; private set; } = [];

    public int Completed => Modules.Count(m => m.Status == ModuleStatus.Completed);

    public int FinishedToday { get; private set; }

    public bool HasPath { get; private set; }

    /// <summary>True when the programme is done and its optional questions have not been answered.</summary>
    public bool OfferProgrammeFeedback { get; private set; }

    public void OnGet()
    {
        var state = progress.Current;
        Modules = [.. content.Catalogue.Modules.Select(m =>
        {
            var p = state.For(m.Id);
            return new ModuleRatings(m, p.Status(), m.StartingPoint?.Fields.FirstOrDefault()?.Label, p.RatingBefore, p.RatingAfter);
        })];
        FinishedToday = pacing.FinishedToday(state);
        HasPath = !state.Path.IsEmpty;
        OfferProgrammeFeedback = SelfHelp.Web.Feedback.FeedbackSubjects.Offer(content.Catalogue, content.Feedback, state, SelfHelp.Content.Feedback.FeedbackQuestions.Programme, feedbackOptions.Value.Store != SelfHelp.Web.Feedback.FeedbackStoreKind.Off);
    }
}
