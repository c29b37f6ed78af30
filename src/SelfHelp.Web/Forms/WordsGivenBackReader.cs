using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace SelfHelp.Web.Forms;

/// <summary>
/// For the error pages: what a failed post to a page where people type (<see cref="GivesWordsBackAttribute"/>) sent,
/// so that whatever stopped it (too many posts, the page gone, a failure) the person gets their words back (ADR 0013).
/// </summary>
public sealed class WordsGivenBackReader(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, IOptions<FormOptions> formOptions)
{
    /// <summary>
    /// The failed post's fields, or null when it was not a post, went to a page where nobody types, came from another
    /// site's page, or holds no words that can be read. A form the page read already is used as it was read;
    /// otherwise it is read now, with the limits the page itself allows (a long answer too) and leniently, as the
    /// page would.
    /// </summary>
    /// <param name="http">The request, re-executed for the error page.</param>
    /// <param name="page">The endpoint the post was for.</param>
    /// <param name="action">Where the post went (path base, path and query), where saving again posts.</param>
    /// <param name="saveAgain">Whether to offer saving again (with a fresh antiforgery token).</param>
    public async Task<WordsGivenBack?> ReadAsync(HttpContext http, Endpoint? page, string action, bool saveAgain)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType
            || page?.Metadata.GetMetadata<GivesWordsBackAttribute>() is null || FetchMetadata.FromAnotherSite(request))
        {
            return null;
        }

        if (http.Features.Get<IFormFeature>() is not { Form: not null })
        {
            UsePageLimits(http, page.Metadata);
            if (await ReadsOwnFormAttribute.ReadAsync(http) is not null)
            {
                return null;
            }
        }

        var words = WordsGivenBack.From(action, request.Form, antiforgeryOptions.Value.FormFieldName);
        if (!words.Typed.Any())
        {
            return null;
        }

        return saveAgain ? words with { Token = FormToken.For(antiforgery, http) } : words;
    }

    /// <summary>The page's own body and form limits, which its filters would have set had the post reached it.</summary>
    private void UsePageLimits(HttpContext http, EndpointMetadataCollection metadata)
    {
        if (metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } bodyLimit
            && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = bodyLimit;
        }

        var limits = metadata.GetMetadata<IFormOptionsMetadata>();
        var options = formOptions.Value;
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
        {
            ValueCountLimit = limits?.ValueCountLimit ?? options.ValueCountLimit,
            ValueLengthLimit = limits?.ValueLengthLimit ?? options.ValueLengthLimit,
            KeyLengthLimit = limits?.KeyLengthLimit ?? options.KeyLengthLimit,
            MultipartBodyLengthLimit = limits?.MultipartBodyLengthLimit ?? options.MultipartBodyLengthLimit,
            MultipartHeadersLengthLimit = limits?.MultipartHeadersLengthLimit ?? options.MultipartHeadersLengthLimit,
        }));
    }
}
