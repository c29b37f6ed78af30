using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests;

/// <summary>The site in memory, on a content folder of the test's choice, with a throw-away key ring.</summary>
public class SelfHelpFactory : WebApplicationFactory<Program>
{
    /// <summary>The public origin the tests configure; sitemap.xml and robots.txt build their URLs from it.</summary>
    public const string PublicOrigin = "https://selfhelp.example";

    private readonly string _contentPath;
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("selfhelp-web-tests-keys-");

    public SelfHelpFactory(
        string? contentPath = null,
        string environment = "Production",
        Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        _contentPath = contentPath ?? Paths.BundledContent;
        _environment = environment;
        _settings = settings ?? [];
        _services = services;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Content:Path", _contentPath);
        builder.UseSetting("KeyRing:Path", _keys.FullName);
        builder.UseSetting("KeyRing:AllowNewRing", "true");
        builder.UseSetting("Feedback:Path", Path.Combine(_keys.FullName, "feedback.db"));
        builder.UseSetting("Security:PostsPerMinute", "100000");
        builder.UseSetting("Site:PublicOrigin", PublicOrigin);
        builder.UseSetting("Site:Operator", "The Test Charity");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _keys.Exists)
        {
            _keys.Delete(recursive: true);
        }
    }
}

/// <summary>The site on the bundled content, shared by a test class.</summary>
public sealed class BundledSite() : SelfHelpFactory(Paths.BundledContent);

/// <summary>The site on the small fixture content (aliases, every field kind, a high-intensity module).</summary>
public sealed class FixtureSite() : SelfHelpFactory(Paths.FixtureContent);

/// <summary>The fixture content root: English and the small Dutch fixture language (ADR 0010).</summary>
public sealed class MultilingualFixtureSite() : SelfHelpFactory(Paths.FixtureContentRoot);

/// <summary>The bundled content root: English and German.</summary>
public sealed class BundledLanguagesSite() : SelfHelpFactory(Paths.BundledContentRoot);

internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string BundledContent => Path.Combine(RepositoryRoot, "content", "en");

    public static string FixtureContent => Path.Combine(RepositoryRoot, "tests", "SelfHelp.Web.Tests", "Fixtures", "content", "en");

    public static string FixtureContentRoot => Path.Combine(RepositoryRoot, "tests", "SelfHelp.Web.Tests", "Fixtures", "content");

    public static string BundledContentRoot => Path.Combine(RepositoryRoot, "content");

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
