using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Components;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Pages.Modules;

public sealed class StepModel(ContentStore content, IAntiforgery antiforgery) : PageModel
{
    public Module Module { get; private set; } = null!;

    public Step Step { get; private set; } = null!;

    public Module? NextModule { get; private set; }

    public FormToken Token { get; private set; } = null!;

    public IActionResult OnGet(string id, int step)
    {
        var catalogue = content.Catalogue;
        if (catalogue.FindModule(id) is not { } module)
        {
            return catalogue.ResolveAlias(id) is { } current
                ? RedirectToPagePermanent("/Modules/Step", new { id = current, step })
                : NotFound();
        }

        if (module.FindStep(step) is not { } found)
        {
            return NotFound();
        }

        Module = module;
        Step = found;
        NextModule = catalogue.NextModule(module);
        Token = FormToken.For(antiforgery, HttpContext);
        return Page();
    }
}
