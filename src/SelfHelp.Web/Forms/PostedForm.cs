using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace SelfHelp.Web.Forms;

/// <summary>
/// For pages that check their antiforgery token themselves: reads the posted form before anything else does, so that
/// a body over the page's limit, a malformed form, a post that is not a form at all or one that another site's page
/// made gets a clear error page (413 or 400) instead of an exception (or, for another site's post, its words shown as
/// if the person's own), a value holding a control character (a NUL pasted from somewhere) does not cost the person
/// the rest of their words, and any method other than GET and HEAD that the page has no handler for gets 405.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReadsOwnFormAttribute : Attribute, IAsyncPageFilter
{
    private static readonly object Refused = new();

    // Runs before model binding, which would otherwise be the first to read the body.
    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        // Another site's page posting here: refused before it is read, so that no other site can put words into
        // this page's boxes (the token would fail too, and the words would come back as if the person's own).
        if (FetchMetadata.FromAnotherSite(http.Request))
        {
            http.Items[Refused] = Refuse(http, StatusCodes.Status400BadRequest);
        }
        else if (await ReadAsync(http) is { } status)
        {
            http.Items[Refused] = status;
        }
    }

    /// <summary>
    /// Reads a posted form the way these pages do (leniently when a value holds a control character); null when it
    /// was read, else the status to refuse it with (the form is then empty, so nothing reads the body again).
    /// </summary>
    public static async Task<int?> ReadAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        if (!request.HasFormContentType)
        {
            // No Content-Type, JSON, plain text: not a form this site sent, so nothing a person typed in it. The
            // handler would fail reading Request.Form (a 500); a clear 400 page instead.
            return Refuse(http, StatusCodes.Status400BadRequest);
        }

        var urlEncoded = request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        if (urlEncoded)
        {
            request.EnableBuffering();
        }

        try
        {
            await request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            return Refuse(http, ex.StatusCode);
        }
        catch (InvalidDataException) when (urlEncoded && request.Body.CanSeek && request.Body.Length > FormLimits.MaxStepBodyBytes)
        {
            // Over the page's limit: not read any further.
            return Refuse(http, StatusCodes.Status413PayloadTooLarge);
        }
        catch (InvalidDataException) when (urlEncoded && request.Body.CanSeek)
        {
            // The framework refuses a whole form when a value holds a control character. Read it leniently instead,
            // without those characters, so the person's words come back (and are saved).
            http.Features.Set<IFormFeature>(new FormFeature(await LenientFormAsync(request, http.RequestAborted)));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // A malformed or cut-off body (an unterminated multipart section, say).
            return Refuse(http, StatusCodes.Status400BadRequest);
        }

        return null;
    }

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

        if (context.HttpContext.Items[Refused] is int status)
        {
            context.Result = new StatusCodeResult(status);
            return;
        }

        await next();
    }

    /// <summary>Gives the rest of the pipeline an empty form so nothing reads the body again.</summary>
    private static int Refuse(HttpContext http, int status)
    {
        http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        return status;
    }

    private static async Task<FormCollection> LenientFormAsync(HttpRequest request, CancellationToken cancellation)
    {
        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var body = await reader.ReadToEndAsync(cancellation);
        var form = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in QueryHelpers.ParseQuery(body))
        {
            var name = WithoutControls(key);
            form[name] = StringValues.Concat(form.GetValueOrDefault(name), new([.. values.Select(v => WithoutControls(v ?? ""))]));
        }

        return new FormCollection(form);
    }

    private static string WithoutControls(string value) =>
        string.Concat(value.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t'));
}
