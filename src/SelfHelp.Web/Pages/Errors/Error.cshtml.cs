using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SelfHelp.Web.Pages.Errors;

/// <summary>Shown instead of any unhandled exception: no details reach the browser.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status500InternalServerError;

    public void OnPost() => OnGet();
}
