using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Languages;

/// <summary>
/// <c>/language/de?to=/modules/x/2</c>: the language switcher's link. Keeps the choice in the person's
/// <c>sh-lang</c> cookie (only the code, so that <c>/</c> opens in it next time) and goes to the same page in that
/// language. Progress is shared by all languages, so the place and the answers come along.
/// </summary>
internal static class LanguageEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/language/{code}", GetAndHead, (HttpContext context, string code, string? to, RequestLanguage current) =>
        {
            if (current.Languages.Find(code) is not { } language)
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(LanguageMiddleware.CookieName, language.Language, new CookieOptions
            {
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
            context.Response.Headers.CacheControl = "no-store";
            return Results.Redirect(RedirectTarget.Escape(current.PathIn(language.Language, LocalPath(to))));
        });
    }

    /// <summary>A path on this site, or <c>/</c>: never another site (<c>//evil</c>, <c>/\evil</c>, a scheme).</summary>
    public static string LocalPath(string? to)
    {
        if (string.IsNullOrEmpty(to) || to.Length > 2000 || to[0] != '/' || (to.Length > 1 && to[1] is '/' or '\\')
            || to.Any(c => char.IsControl(c) || c == '\\'))
        {
            return "/";
        }

        return to;
    }
}
