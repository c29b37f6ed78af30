using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Forget;

/// <summary>
/// Removes every cookie the site set, after the person confirms, and asks the browser to drop anything it cached
/// from this site (downloads of answers included), then says what it did.
/// </summary>
public sealed class ForgetModel(ProgressStore progress) : PageModel
{
    /// <summary>Null before the person confirms; then whether the browser held anything of ours.</summary>
    public bool? Removed { get; private set; }

    public void OnGet()
    {
    }

    public void OnPost()
    {
        Removed = progress.Forget();
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\"";
    }
}
