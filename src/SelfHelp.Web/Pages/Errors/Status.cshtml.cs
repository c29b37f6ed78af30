using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SelfHelp.Web.Pages.Errors;

/// <summary>Every 4xx and 5xx status without a body is re-executed here, so it shows in the site's layout.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public bool IsNotFound { get; private set; }

    public bool IsBadRequest { get; private set; }

    public bool IsTooMany { get; private set; }

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        // Visited directly rather than re-executed: answer with the status the page describes.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        }

        IsNotFound = Response.StatusCode == StatusCodes.Status404NotFound;
        IsBadRequest = Response.StatusCode is StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge;
        IsTooMany = Response.StatusCode == StatusCodes.Status429TooManyRequests;
    }
}
