using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Web.Forms;

namespace SelfHelp.Web.Pages.Errors;

/// <summary>
/// Every 4xx and 5xx status without a body is re-executed here, so it shows in the site's layout. It answers any
/// method, because the failed request may have used any (a TRACE that got 405, a POST that got 400).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(SelfHelp.Web.Languages.RequestLanguage language, WordsGivenBackReader words) : PageModel
{
    /// <summary>
    /// A failed post to a page where people type (<see cref="GivesWordsBackAttribute"/>): what it sent, to show (and,
    /// when it was refused as one too many, to save again); otherwise null.
    /// </summary>
    public WordsGivenBack? GivenBack { get; private set; }

    /// <summary>
    /// On a page missing from this translation (a module not yet translated), the same page in the default language;
    /// otherwise null.
    /// </summary>
    public string? Untranslated { get; private set; }

    public string DefaultLanguage => language.Languages.Default.Language;

    public bool IsNotFound { get; private set; }

    public bool IsBadRequest { get; private set; }

    public bool IsTooMany { get; private set; }

    public bool IsMethodNotAllowed { get; private set; }

    // Runs whatever the method, handler or not (a page handler would only run for GET and POST).
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Classify();
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } original)
        {
            var action = $"{original.OriginalPathBase}{original.OriginalPath}{original.OriginalQueryString}";
            try
            {
                GivenBack = await words.ReadAsync(HttpContext, original.Endpoint, action, saveAgain: IsTooMany);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // This page must not fail in turn: without the words, it still says what happened.
                GivenBack = null;
            }
        }

        await next();
    }

    private void Classify()
    {
        // Visited directly rather than re-executed: answer with the client error the page describes; never claim a
        // server error that did not happen.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            var code = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
            Response.StatusCode = code is >= 400 and <= 499 ? code : StatusCodes.Status404NotFound;
        }

        IsNotFound = Response.StatusCode == StatusCodes.Status404NotFound;
        IsBadRequest = Response.StatusCode is StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge;
        IsTooMany = Response.StatusCode == StatusCodes.Status429TooManyRequests;
        IsMethodNotAllowed = Response.StatusCode == StatusCodes.Status405MethodNotAllowed;
        Untranslated = IsNotFound ? UntranslatedPath() : null;
    }

    private string? UntranslatedPath()
    {
        var languages = language.Languages;
        if (language.Source == languages.Default)
        {
            return null;
        }

        // /modules/{id} and everything under it.
        var segments = (language.PagePath.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not ["modules", var id, ..])
        {
            return null;
        }

        var here = language.Source.Current.Content.Catalogue;
        var original = languages.Default.Current.Content.Catalogue;
        return here.FindModule(id) is null && original.FindModule(id) is not null ? language.PathIn(DefaultLanguage) : null;
    }
}
