using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Components;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Pages.Modules;

public sealed class ModuleModel(ContentStore content, IAntiforgery antiforgery) : PageModel
{
    public Module Module { get; private set; } = null!;

    public FormToken Token { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        var catalogue = content.Catalogue;
        if (catalogue.FindModule(id) is not { } module)
        {
            return catalogue.ResolveAlias(id) is { } current
                ? RedirectToPagePermanent("/Modules/Module", new { id = current })
                : NotFound();
        }

        Module = module;
        Token = FormToken.For(antiforgery, HttpContext);
        return Page();
    }
}
