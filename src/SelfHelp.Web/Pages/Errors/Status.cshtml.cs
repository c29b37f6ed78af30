using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SelfHelp.Web.Forms;

namespace SelfHelp.Web.Pages.Errors;

/// <summary>
/// Every 4xx and 5xx status without a body is re-executed here, so it shows in the site's layout. It answers any
/// method, because the failed request may have used any (a TRACE that got 405, a POST that got 400).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(SelfHelp.Web.Languages.RequestLanguage language, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, IOptions<FormOptions> formOptions) : PageModel
{
    /// <summary>
    /// A post refused for too many posts, to a page where people type (<see cref="GivesWordsBackAttribute"/>): what
    /// it sent, to show and save again; otherwise null.
    /// </summary>
    public WordsGivenBack? GivenBack { get; private set; }

    /// <summary>The antiforgery field for the form that saves the words again.</summary>
    public FormToken Token { get; private set; } = FormToken.None;

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
        if (IsTooMany && HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } original)
        {
            GivenBack = await ReadWordsAsync(original);
            Token = GivenBack is null ? FormToken.None : FormToken.For(antiforgery, HttpContext);
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

    /// <summary>
    /// The refused post's fields, read with the limits its own page allows (a long answer too), or null when it went
    /// to a page where nobody types, was not a form, or cannot be read.
    /// </summary>
    private async Task<WordsGivenBack?> ReadWordsAsync(IStatusCodeReExecuteFeature original)
    {
        if (!HttpMethods.IsPost(Request.Method) || !Request.HasFormContentType
            || original.Endpoint?.Metadata.GetMetadata<GivesWordsBackAttribute>() is null)
        {
            return null;
        }

        var metadata = original.Endpoint.Metadata;
        if (metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } bodyLimit
            && HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = bodyLimit;
        }

        var limits = metadata.GetMetadata<IFormOptionsMetadata>();
        var options = formOptions.Value;
        HttpContext.Features.Set<IFormFeature>(new FormFeature(Request, new FormOptions
        {
            ValueCountLimit = limits?.ValueCountLimit ?? options.ValueCountLimit,
            ValueLengthLimit = limits?.ValueLengthLimit ?? options.ValueLengthLimit,
            KeyLengthLimit = limits?.KeyLengthLimit ?? options.KeyLengthLimit,
            MultipartBodyLengthLimit = limits?.MultipartBodyLengthLimit ?? options.MultipartBodyLengthLimit,
            MultipartHeadersLengthLimit = limits?.MultipartHeadersLengthLimit ?? options.MultipartHeadersLengthLimit,
        }));

        if (await ReadsOwnFormAttribute.ReadAsync(HttpContext) is not null)
        {
            return null;
        }

        var action = $"{original.OriginalPathBase}{original.OriginalPath}{original.OriginalQueryString}";
        return WordsGivenBack.From(action, Request.Form, antiforgeryOptions.Value.FormFieldName);
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
