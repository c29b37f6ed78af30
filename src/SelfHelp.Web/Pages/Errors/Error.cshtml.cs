using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SelfHelp.Web.Pages.Errors;

/// <summary>
/// Shown instead of any unhandled exception, whatever the request's method: no details reach the browser. Asked for
/// directly, with no error behind it, it is not found: the site never claims a server error that did not happen.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            context.Result = NotFound();
            return;
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
    }
}
