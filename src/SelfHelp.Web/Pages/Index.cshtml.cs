using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages;

public sealed class IndexModel(ContentStore content, ProgressStore progress) : PageModel
{
    public int ModuleCount { get; private set; }

    /// <summary>Where the person left off, when that step still exists.</summary>
    public (Module Module, Step Step)? Resume { get; private set; }

    public void OnGet()
    {
        var catalogue = content.Catalogue;
        ModuleCount = catalogue.Modules.Length;
        if (progress.Current.LastPosition is { } position
            && catalogue.FindModule(position.ModuleId) is { } module
            && module.FindStep(position.Step) is { } step)
        {
            Resume = (module, step);
        }
    }
}
