using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Web.Forms;

namespace SelfHelp.Web.Pages.Errors;

/// <summary>
/// Shown instead of any unhandled exception, whatever the request's method: no details reach the browser. Asked for
/// directly, with no error behind it, it is not found: the site never claims a server error that did not happen.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(WordsGivenBackReader words) : PageModel
{
    /// <summary>What a failed post to a page where people type sent, to show and to try saving again; otherwise null.</summary>
    public WordsGivenBack? GivenBack { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is not { } failure)
        {
            context.Result = NotFound();
            return;
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        try
        {
            GivenBack = await words.ReadAsync(HttpContext, failure.Endpoint, $"{Request.PathBase}{failure.Path}{Request.QueryString}", saveAgain: true);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The error page must not fail in turn: without the words, it still says what happened.
            GivenBack = null;
        }

        await next();
    }
}
