using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Pages.About;

/// <summary>What this is and who runs it; the operator's details come from configuration.</summary>
public sealed class AboutModel(IOptions<SiteOptions> site, ContentStore content) : PageModel
{
    public SiteOptions Site => site.Value;

    public int ModuleCount => content.Catalogue.Modules.Length;

    public void OnGet()
    {
    }
}
