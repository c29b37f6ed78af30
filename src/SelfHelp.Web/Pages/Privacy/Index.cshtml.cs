using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Privacy;

public sealed class PrivacyModel(IOptions<ProgressOptions> options) : PageModel
{
    public string CookieName { get; } = options.Value.CookieName;

    public int CookieDays { get; } = options.Value.CookieDays;

    public void OnGet()
    {
    }
}
