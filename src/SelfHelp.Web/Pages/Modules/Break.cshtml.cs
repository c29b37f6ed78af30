using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Pages.Modules;

/// <summary>A pause in the middle of hard content, with a way back to the exact step.</summary>
public sealed class BreakModel(ContentStore content) : PageModel
{
    public string ModuleId { get; private set; } = "";

    public int Step { get; private set; }

    public IActionResult OnGet(string id, int step)
    {
        if (content.Catalogue.FindModule(id)?.FindStep(step) is null)
        {
            return NotFound();
        }

        (ModuleId, Step) = (id, step);
        return Page();
    }
}
