using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Pages;

public sealed class IndexModel(ContentStore content) : PageModel
{
    public int ModuleCount { get; private set; }

    public void OnGet() => ModuleCount = content.Catalogue.Modules.Length;
}
