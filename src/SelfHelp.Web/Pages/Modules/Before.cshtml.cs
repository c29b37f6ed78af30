using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Pages.Modules;

/// <summary>Prepares someone for a high-intensity module: what it covers, why it matters, how to look after themselves.</summary>
public sealed class BeforeModel(ContentStore content) : PageModel
{
    public Module Module { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        var catalogue = content.Catalogue;
        if (catalogue.FindModule(id) is not { } module)
        {
            return NotFound();
        }

        Module = module;
        return Page();
    }
}
