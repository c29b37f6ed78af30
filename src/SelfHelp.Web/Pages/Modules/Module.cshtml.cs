using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Components;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Modules;

public sealed class ModuleModel(ContentStore content, IAntiforgery antiforgery, ProgressStore progress, FormPosts posts, Pacing pacing) : PageModel
{
    public Module Module { get; private set; } = null!;

    public Module? NextModule { get; private set; }

    public ModuleProgress Progress { get; private set; } = ModuleProgress.None;

    public FormToken Token { get; private set; } = null!;

    public IReadOnlyDictionary<string, FormState> States { get; private set; } = new Dictionary<string, FormState>();

    public IReadOnlyList<KeyValuePair<string, string>> Errors => posts.Errors;

    public IReadOnlySet<SelfHelp.Content.Distress.DistressKind> Concerns => posts.Concerns;

    public bool JustFinished { get; private set; }

    /// <summary>Modules finished today, when that is enough to suggest a pause; otherwise null.</summary>
    public int? FinishedToday { get; private set; }

    /// <summary>The first step not yet read, for "Continue"; null when none has been read or all have.</summary>
    public Step? ContinueAt =>
        Progress.StepsRead == 0 ? null : Module.Steps.FirstOrDefault(s => !Progress.HasRead(s.Number));

    public IActionResult OnGet(string id, string? saved, int? finished)
    {
        if (!Find(id))
        {
            return NotFound();
        }

        JustFinished = finished == 1 && Progress.Completed;
        States = FormPosts.Saved(Module, Module.Introduction.OfType<FormBlockPart>(), progress.Current, saved);
        return Page();
    }

    public IActionResult OnPost(string id)
    {
        if (!Find(id))
        {
            return NotFound();
        }

        var forms = Module.Introduction.OfType<FormBlockPart>().ToList();
        switch (posts.Handle(Module, forms, Request.Form))
        {
            case PostOutcome.Saved:
                return RedirectToPage("/Modules/Module", null, new { id = Module.Id, saved = posts.FormId }, $"f-{posts.FormId}-title");
            case PostOutcome.Download:
                return posts.File!;
            default:
                States = posts.StatesAfterPost(Module, forms);
                Progress = progress.Current.For(Module.Id);
                return Page();
        }
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
