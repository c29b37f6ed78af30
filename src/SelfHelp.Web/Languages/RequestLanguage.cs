using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Languages;

/// <summary>
/// The language of the current request, read from its URL's prefix by <see cref="LanguageMiddleware"/> before
/// anything reads content; the default language until then.
/// </summary>
public sealed class RequestLanguage(ContentLanguages languages)
{
    private ContentSource? _source;

    public ContentSource Source => _source ?? languages.Default;

    public string Code => Source.Language;

    /// <summary>This request's URL prefix: empty for the default language, <c>/de</c> for German.</summary>
    public string Prefix => languages.PrefixOf(Code);

    public ContentLanguages Languages => languages;

    /// <summary>The PathBase outside the language prefix: empty unless the site itself runs under a path.</summary>
    public PathString SiteBase { get; private set; }

    /// <summary>The request's path inside its language (<c>/modules/x/2</c> for <c>/de/modules/x/2</c>).</summary>
    public PathString PagePath { get; private set; } = "/";

    /// <summary>The same page in another language: <c>/de/modules/x/2</c>, or <c>/modules/x/2</c> for the default.</summary>
    public string PathIn(string language, string? path = null) =>
        SiteBase + languages.PrefixOf(language) + (path ?? PagePath.Value ?? "/");

    /// <summary>The switcher's link: keeps the choice in the person's cookie, then goes to the same page in it.</summary>
    public string SwitchTo(string language) =>
        $"{SiteBase}/language/{Uri.EscapeDataString(language)}?to={Uri.EscapeDataString(PagePath.Value ?? "/")}";

    internal void Set(ContentSource source, PathString siteBase, PathString pagePath)
    {
        _source = source;
        SiteBase = siteBase;
        PagePath = pagePath;
    }
}
