using Microsoft.Net.Http.Headers;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Languages;

/// <summary>
/// Reads the language from the URL (ADR 0010): <c>/de/modules/x</c> is the German <c>/modules/x</c>. The prefix moves
/// into the request's PathBase, so every link the site makes (tag helpers, <c>~/</c>, Url.Page, redirects) stays in
/// the language without knowing about it. A first visit to <c>/</c> may go to the language the person chose before
/// (their <c>sh-lang</c> cookie) or, with no choice made, the one their browser asks for. Nothing here is logged.
/// </summary>
internal static class LanguageMiddleware
{
    /// <summary>The cookie that keeps the language a person chose with the switcher; it holds only the code.</summary>
    public const string CookieName = "sh-lang";

    public static void UseSelfHelpLanguages(this WebApplication app)
    {
        var languages = app.Services.GetRequiredService<ContentLanguages>();
        app.Use((context, next) =>
        {
            var request = context.Request;
            var siteBase = request.PathBase;
            var (source, rest) = Split(languages, request.Path);
            if (source is not null)
            {
                request.PathBase = request.PathBase.Add(new PathString(languages.PrefixOf(source.Language)));
                request.Path = rest;
            }
            else if (languages.IsMultilingual && request.Path == "/" && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            {
                context.Response.Headers.Append(HeaderNames.Vary, "Accept-Language");
                if (Preferred(languages, request) is { } preferred && preferred != languages.Default)
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Redirect(request.PathBase + languages.PrefixOf(preferred.Language) + "/");
                    return Task.CompletedTask;
                }
            }

            // The culture follows in UseRequestLocalization, from this (see LanguageExtensions).
            context.RequestServices.GetRequiredService<RequestLanguage>().Set(source ?? languages.Default, siteBase, request.Path);
            return next(context);
        });
    }

    /// <summary>The language named by the path's first segment and the path after it; (null, path) when there is none.</summary>
    public static (ContentSource? Source, PathString Inner) Split(ContentLanguages languages, PathString path)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var value = path.Value;
        if (!languages.IsMultilingual || string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return (null, path);
        }

        var end = value.IndexOf('/', 1);
        var segment = end < 0 ? value[1..] : value[1..end];
        if (languages.Find(segment) is not { } source)
        {
            return (null, path);
        }

        return (source, new PathString(end < 0 ? "/" : value[end..]));
    }

    /// <summary>The person's earlier choice, else the first language their browser asks for that the site has.</summary>
    private static ContentSource? Preferred(ContentLanguages languages, HttpRequest request)
    {
        if (request.Cookies.TryGetValue(CookieName, out var chosen))
        {
            return languages.Find(chosen);
        }

        if (!StringWithQualityHeaderValue.TryParseList([.. request.Headers.AcceptLanguage.OfType<string>()], out var asked))
        {
            return null;
        }

        foreach (var value in asked.Where(v => (v.Quality ?? 1) > 0).OrderByDescending(v => v.Quality ?? 1))
        {
            var tag = value.Value.Value ?? "";
            var found = languages.Find(tag) ?? languages.Find(tag.Split('-')[0]);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
