using System.Collections.Immutable;
using System.Globalization;

namespace SelfHelp.Web.ContentHosting;

/// <summary>
/// Every language the site serves, one <see cref="ContentSource"/> each (ADR 0010). <c>Content:Path</c> names either
/// the content root, whose folders with a <c>modules</c> folder are the languages (<c>content/en</c>,
/// <c>content/de</c>), or one language folder, for a site in one language. The default language is served without
/// a prefix (<c>/modules</c>); every other one under its code (<c>/de/modules</c>).
/// </summary>
public sealed class ContentLanguages
{
    public ContentLanguages(ContentSource defaultSource, IEnumerable<ContentSource> others)
    {
        ArgumentNullException.ThrowIfNull(defaultSource);
        Default = defaultSource;
        All = [defaultSource, .. others.Where(s => s != defaultSource).OrderBy(s => s.Language, StringComparer.Ordinal)];
        Codes = [.. All.Select(s => s.Language)];
    }

    /// <summary>The default language first, then the others by code.</summary>
    public ImmutableArray<ContentSource> All { get; }

    public ContentSource Default { get; }

    /// <summary>The language codes, the default's first.</summary>
    public ImmutableArray<string> Codes { get; }

    public bool IsMultilingual => All.Length > 1;

    /// <summary>The language with this code (any case), or null.</summary>
    public ContentSource? Find(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        foreach (var source in All)
        {
            if (string.Equals(source.Language, code, StringComparison.OrdinalIgnoreCase))
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>The URL prefix of a language: empty for the default, <c>/de</c> for German.</summary>
    public string PrefixOf(string language) =>
        string.Equals(language, Default.Language, StringComparison.OrdinalIgnoreCase) ? "" : "/" + language;

    /// <summary>True when the name is a language the runtime knows, such as <c>en</c>, <c>de</c> or <c>pt-BR</c>.</summary>
    public static bool IsLanguageCode(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 12 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(name, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
