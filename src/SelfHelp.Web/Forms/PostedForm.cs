using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SelfHelp.Web.Forms;

/// <summary>
/// For pages that check their antiforgery token themselves: reads the posted form before the handler runs, so that a
/// body over the page's limit or a malformed form gets a clear error page (413 or 400) instead of an exception, and
/// answers 405 to any method other than GET and HEAD that the page has no handler for.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReadsOwnFormAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.HttpContext.Response.Headers.Allow = "GET, HEAD, POST";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            try
            {
                await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (BadHttpRequestException ex)
            {
                context.Result = new StatusCodeResult(ex.StatusCode);
                return;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                // A malformed or cut-off body (an unterminated multipart section, say).
                context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
                return;
            }
        }

        await next();
    }
}
