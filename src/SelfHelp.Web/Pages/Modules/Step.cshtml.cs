using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Components;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Modules;

public sealed class StepModel(ContentStore content, IAntiforgery antiforgery, ProgressStore progress, FormPosts posts) : PageModel
{
    public Module Module { get; private set; } = null!;

    public Step Step { get; private set; } = null!;

    public Module? NextModule { get; private set; }

    public FormToken Token { get; private set; } = null!;

    public bool IsLast => Step.Number == Module.Steps.Length;

    public FormBlockPart FinishForm { get; private set; } = null!;

    public IReadOnlyDictionary<string, FormState> States { get; private set; } = new Dictionary<string, FormState>();

    public IReadOnlyList<KeyValuePair<string, string>> Errors => posts.Errors;

    public IReadOnlySet<SelfHelp.Content.Distress.DistressKind> Concerns => posts.Concerns;

    public IActionResult OnGet(string id, int step, string? saved)
    {
        if (!Find(id, step))
        {
            return NotFound();
        }

        progress.Save(progress.Current.WithStepRead(Module.Id, Step.Number));
        States = FormPosts.Saved(Module, Forms(), progress.Current, saved);
        return Page();
    }

    public IActionResult OnPost(string id, int step)
    {
        if (!Find(id, step))
        {
            return NotFound();
        }

        switch (posts.Handle(Module, Forms(), Request.Form))
        {
            case PostOutcome.Saved when posts.FormId == FormPosts.FinishFormId:
                return RedirectToPage("/Modules/Module", null, new { id = Module.Id, finished = 1 }, "finished");
            case PostOutcome.Saved:
                return RedirectToPage("/Modules/Step", null, new { id = Module.Id, step = Step.Number, saved = posts.FormId }, $"f-{posts.FormId}-title");
            case PostOutcome.Download:
                return posts.File!;
            default:
                States = posts.StatesAfterPost(Module, Forms());
                return Page();
        }
    }

    private List<FormBlockPart> Forms() => IsLast ? [.. Step.Forms, FinishForm] : [.. Step.Forms];

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
        NextModule = Journey.NextModule(catalogue, progress.Current, module);
        FinishForm = FormPosts.FinishForm(module);
        Token = FormToken.For(antiforgery, HttpContext);
        return true;
    }
}
