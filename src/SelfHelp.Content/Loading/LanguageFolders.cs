namespace SelfHelp.Content.Loading;

/// <summary>
/// Where the languages are (ADR 0010): the content folder holds one folder per language (<c>content/en</c>,
/// <c>content/de</c>), each named by its code; a single language folder may also be given on its own. The site and
/// the content check find them the same way.
/// </summary>
public static class LanguageFolders
{
    /// <summary>
    /// The folder itself when it is a language folder (it has a <c>modules</c> folder or a <c>helplines.yml</c>);
    /// otherwise each sub-folder that is one, by name; empty when there are none.
    /// </summary>
    public static IReadOnlyList<string> Find(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (IsLanguageFolder(folder))
        {
            return [folder];
        }

        return Directory.Exists(folder)
            ? [.. Directory.EnumerateDirectories(folder).Where(IsLanguageFolder).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>True when the folder holds one language's content.</summary>
    public static bool IsLanguageFolder(string folder) =>
        Directory.Exists(Path.Combine(folder, "modules")) || File.Exists(Path.Combine(folder, "helplines.yml"));
}
