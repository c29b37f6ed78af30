using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Forget;

/// <summary>Removes every cookie the site set, after the person confirms, and says what it did.</summary>
public sealed class ForgetModel(ProgressStore progress) : PageModel
{
    public int? Removed { get; private set; }

    public void OnGet()
    {
    }

    public void OnPost() => Removed = progress.Forget();
}
