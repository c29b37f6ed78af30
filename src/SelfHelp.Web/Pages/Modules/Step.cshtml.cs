using System.Collections.Immutable;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Distress;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Modules;

/// <summary>
/// One step of a module. When it asks anything, the whole step is one form: every answer on it is saved by any of
/// its buttons (Save, Previous, Save and continue, Save and finish), so moving on never drops what was typed.
/// </summary>
/// <remarks>
/// The antiforgery token is checked here rather than by the framework, so that a stale page gives the person's
/// words back with a message instead of a bare 400 (nothing is saved without a valid token).
/// </remarks>
[IgnoreAntiforgeryToken]
[ReadsOwnForm]
[GivesWordsBack]
[RequestSizeLimit(FormLimits.MaxStepBodyBytes)]
[RequestFormLimits(ValueLengthLimit = FormLimits.MaxStepBodyBytes, MultipartBodyLengthLimit = FormLimits.MaxStepBodyBytes)]
public sealed class StepModel(ContentStore content, IAntiforgery antiforgery, ProgressStore progress, FormPost post) : PageModel
{
    public Module Module { get; private set; } = null!;

    public Step Step { get; private set; } = null!;

    public Module? NextModule { get; private set; }

    public FormToken Token { get; private set; } = FormToken.None;

    public bool IsLast => Step.Number == Module.Steps.Length;

    /// <summary>The forms on this step, with the finish form on the last step.</summary>
    public ImmutableArray<FormBlockPart> Forms { get; private set; } = [];

    /// <summary>True when the step asks anything, so it is one form with buttons that save.</summary>
    public bool HasForm => !Forms.IsEmpty;

    public IReadOnlyDictionary<string, FormState> States { get; private set; } = ImmutableDictionary<string, FormState>.Empty;

    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; private set; } = [];

    public DistressResult Concern { get; private set; } = DistressResult.None;

    /// <summary>Set after "Save and continue" or "Previous": the answers of the page before were saved.</summary>
    public bool SavedBefore { get; private set; }

    /// <summary>Set when the page is shown again after a post that saved nothing: what to say at the top.</summary>
    public PostOutcome? Outcome { get; private set; }

    /// <summary>Words posted for forms this page no longer has, shown so they can be copied.</summary>
    public IReadOnlyList<string> Orphans { get; private set; } = [];

    public IActionResult OnGet(string id, int step, string? saved)
    {
        if (!Find(id, step))
        {
            return NotFound();
        }

        progress.Save(progress.Current.WithStepRead(Module.Id, Step));
        SavedBefore = saved == SavedPage;
        States = post.Saved(Module, Forms, saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, int step)
    {
        if (!Find(id, step))
        {
            return NotFound();
        }

        var tokenValid = await antiforgery.IsRequestValidAsync(HttpContext);
        var result = post.Handle(Module, Forms, Request.Form, tokenValid);
        if (result.Outcome == PostOutcome.Download)
        {
            Response.Headers.CacheControl = "no-store";
            return result.File!;
        }

        if (result.Redirects)
        {
            return Redirect(result);
        }

        // Shown again: saved with a concern (support first), or nothing saved and the words given back.
        progress.Save(progress.Current.WithStepRead(Module.Id, Step));
        Outcome = result.Outcome == PostOutcome.Saved ? null : result.Outcome;
        Concern = result.Concern;
        Errors = result.Errors;
        Orphans = result.Orphans;
        States = post.Saved(Module, Forms, null).SetItems(result.States);
        return Page();
    }

    /// <summary>The <c>saved</c> value that means "the page you came from was saved".</summary>
    public const string SavedPage = "page";

    private RedirectResult Redirect(PostResult result)
    {
        var previous = Module.FindStep(Step.Number - 1);
        var next = Module.FindStep(Step.Number + 1);
        var url = result.Go switch
        {
            GoTo.Finish => Url.Page("/Modules/Module", null, new { id = Module.Id, finished = 1 }, null, null, "finished"),
            GoTo.Next when next is not null => Url.Page("/Modules/Step", null, new { id = Module.Id, step = next.Number, saved = SavedPage }),
            GoTo.Previous when previous is not null => Url.Page("/Modules/Step", null, new { id = Module.Id, step = previous.Number, saved = SavedPage }),
            GoTo.Next or GoTo.Previous => Url.Page("/Modules/Module", null, new { id = Module.Id }),
            _ => Url.Page("/Modules/Step", null, new { id = Module.Id, step = Step.Number, saved = result.FormId ?? SavedPage }, null, null, result.FormId is null ? null : FieldNames.TitleId(result.FormId)),
        };
        return Redirect(url!);
    }

    /// <summary>Loads the module and step; false when either does not exist (old ids were redirected already).</summary>
    private bool Find(string id, int step)
    {
        var catalogue = content.Catalogue;
        if (catalogue.FindModule(id) is not { } module || module.FindStep(step) is not { } found)
        {
            return false;
        }

        Module = module;
        Step = found;
        // Only the last step links to the next module.
        NextModule = IsLast ? Journey.NextModule(catalogue, progress.Current, module) : null;
        Forms = IsLast ? [.. found.Forms, module.FinishForm] : [.. found.Forms];
        // A reading step has no form to post: no token to issue (issue 21: a tenth of a reading step's CPU).
        Token = Forms.IsEmpty ? FormToken.None : FormToken.For(antiforgery, HttpContext);
        return true;
    }
}
