using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Modules;

/// <summary>A module's overview. Its introduction may hold the starting point, the one form on the page.</summary>
[IgnoreAntiforgeryToken]
[ReadsOwnForm]
[GivesWordsBack]
public sealed class ModuleModel(ContentStore content, IAntiforgery antiforgery, ProgressStore progress, FormPost post, Pacing pacing, Microsoft.Extensions.Options.IOptions<SelfHelp.Web.Feedback.FeedbackOptions> feedbackOptions) : PageModel
{
    public Module Module { get; private set; } = null!;

    public Module? NextModule { get; private set; }

    public ModuleProgress Progress { get; private set; } = ModuleProgress.None;

    public FormToken Token { get; private set; } = FormToken.None;

    public IReadOnlyDictionary<string, FormState> States { get; private set; } = System.Collections.Immutable.ImmutableDictionary<string, FormState>.Empty;

    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; private set; } = [];

    public SelfHelp.Content.Distress.DistressResult Concern { get; private set; } = SelfHelp.Content.Distress.DistressResult.None;

    /// <summary>The introduction's forms (the starting point, if any).</summary>
    public IReadOnlyList<FormBlockPart> Forms => [.. Module.Introduction.OfType<FormBlockPart>()];

    public bool JustFinished { get; private set; }

    /// <summary>After finishing: the optional questions to offer (this module, and the programme when it is done).</summary>
    public IReadOnlyList<string> FeedbackOffers { get; private set; } = [];

    /// <summary>Modules finished today, when that is enough to suggest a pause; otherwise null.</summary>
    public int? FinishedToday { get; private set; }

    /// <summary>The first step not yet read, for "Continue"; null when none has been read or all have.</summary>
    public Step? ContinueAt =>
        !Progress.AnyRead ? null : Module.Steps.FirstOrDefault(s => !Progress.HasRead(s));

    public IActionResult OnGet(string id, string? saved, int? finished)
    {
        if (!Find(id))
        {
            return NotFound();
        }

        JustFinished = finished == 1 && Progress.Completed;
        if (JustFinished)
        {
            var storeOn = feedbackOptions.Value.Store != SelfHelp.Web.Feedback.FeedbackStoreKind.Off;
            FeedbackOffers = [.. new[] { Module.Id, SelfHelp.Content.Feedback.FeedbackQuestions.Programme }
                .Where(subject => SelfHelp.Web.Feedback.FeedbackSubjects.Offer(content.Catalogue, content.Feedback, progress.Current, subject, storeOn))];
        }
        States = post.Saved(Module, Forms, saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!Find(id))
        {
            return NotFound();
        }

        var result = post.Handle(Module, Forms, Request.Form, await antiforgery.IsRequestValidAsync(HttpContext));
        if (result.Outcome == PostOutcome.Download)
        {
            Response.Headers.CacheControl = "no-store";
            return result.File!;
        }

        if (result.Redirects)
        {
            var formId = result.FormId ?? (Forms.Count > 0 ? Forms[0].Id : null);
            return RedirectToPage("/Modules/Module", null, new { id = Module.Id, saved = formId }, formId is null ? null : FieldNames.TitleId(formId));
        }

        Errors = result.Errors;
        Concern = result.Concern;
        States = post.Saved(Module, Forms, null).SetItems(result.States);
        Progress = progress.Current.For(Module.Id);
        return Page();
    }

    /// <summary>Loads the module; false when it does not exist (old ids were redirected already).</summary>
    private bool Find(string id)
    {
        var catalogue = content.Catalogue;
        if (catalogue.FindModule(id) is not { } module)
        {
            return false;
        }

        Module = module;
        var state = progress.Current;
        NextModule = Journey.NextModule(catalogue, state, module);
        Progress = state.For(module.Id);
        FinishedToday = pacing.PauseSuggestion(state);
        Token = FormToken.For(antiforgery, HttpContext);
        return true;
    }
}
