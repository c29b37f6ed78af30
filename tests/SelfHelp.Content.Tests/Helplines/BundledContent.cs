namespace SelfHelp.Content.Tests;

/// <summary>The content the site ships with, found by walking up from the test binaries to SelfHelp.sln.</summary>
internal static class BundledContent
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string EnglishFolder { get; } = Path.Combine(RepositoryRoot, "content", "en");

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
