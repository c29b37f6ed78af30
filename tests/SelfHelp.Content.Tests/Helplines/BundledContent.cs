namespace SelfHelp.Content.Tests;

/// <summary>The content the site ships with, found by walking up from the test binaries to SelfHelp.sln.</summary>
internal static class BundledContent
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string EnglishFolder { get; } = Path.Combine(RepositoryRoot, "content", "en");

    /// <summary>The bundled folder of one language, such as <c>content/de</c>.</summary>
    public static string LanguageFolder(string language) => Path.Combine(RepositoryRoot, "content", language);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SelfHelp.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"SelfHelp.sln not found above {AppContext.BaseDirectory}.");
    }
}
