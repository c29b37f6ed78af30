using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SelfHelp.Web.BrowserTests;

[assembly: AssemblyFixture(typeof(BrowserFixture))]

// One server and one browser are shared by the whole assembly: tests take turns.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace SelfHelp.Web.BrowserTests;

public enum Viewport
{
    Mobile,
    Desktop,
}

// The real app on Kestrel (127.0.0.1, a free port) and one headless Debian Chromium, because
// accessibility and layout can only be judged in a real browser.
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumVariable = "SELFHELP_CHROMIUM";

    // Chromium's background services try to reach the internet, which this machine does not have.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private DirectoryInfo? _keysDirectory;
    private SelfHelpApp? _app;
    private SelfHelpApp? _fixtureApp;
    private SelfHelpApp? _pausedApp;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>
    /// A second site on the small fixture content of SelfHelp.Web.Tests, which has what the bundled programme must
    /// not invent: an old module id, retired exercise codes, and a pacing limit of 2 modules a day.
    /// </summary>
    public Uri FixtureAddress { get; private set; } = null!;

    /// <summary>
    /// A third site on the bundled content that takes one form post a minute, so that a second post is refused as too
    /// many (what a person meets when a site is flooded).
    /// </summary>
    public Uri PausedAddress { get; private set; } = null!;

    /// <summary>The bundled site's services, for tests that walk its catalogue.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The browser fixture has not been initialised.");

    /// <summary>The fixture site's services (its feedback store, say).</summary>
    public IServiceProvider FixtureServices => _fixtureApp?.Services ?? throw new InvalidOperationException("The browser fixture has not been initialised.");

    public async ValueTask InitializeAsync()
    {
        var chromium = FindChromium();

        _keysDirectory = Directory.CreateTempSubdirectory("selfhelp-browser-tests-keys-");
        // The whole content folder, as a real site serves it: English at /, German at /de (ADR 0010).
        _app = new SelfHelpApp(ContentRoot, _keysDirectory.FullName);
        _app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        BaseAddress = Address(_app);

        _fixtureApp = new SelfHelpApp(FixtureContentPath, _keysDirectory.FullName, ("Pacing:ModulesPerDay", "2"), ("Feedback:PublicResults", "true"));
        _fixtureApp.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _fixtureApp.StartServer();
        FixtureAddress = Address(_fixtureApp);

        _pausedApp = new SelfHelpApp(ContentRoot, _keysDirectory.FullName, ("Security:PostsPerMinute", "1"));
        _pausedApp.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _pausedApp.StartServer();
        PausedAddress = Address(_pausedApp);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public Task<IBrowserContext> NewContextAsync(Viewport viewport) => viewport switch
    {
        Viewport.Mobile => NewContextAsync(390, 844),
        Viewport.Desktop => NewContextAsync(1280, 800),
        _ => throw new ArgumentOutOfRangeException(nameof(viewport), viewport, "Unknown viewport."),
    };

    public Task<IBrowserContext> NewContextAsync(int width, int height) =>
        NewContextAsync(width, height, _ => { });

    /// <summary>A context whose options a test adjusts: JavaScript off, saved cookies, downloads.</summary>
    public Task<IBrowserContext> NewContextAsync(Viewport viewport, Action<BrowserNewContextOptions> configure) => viewport switch
    {
        Viewport.Mobile => NewContextAsync(390, 844, configure),
        _ => NewContextAsync(1280, 800, configure),
    };

    private Task<IBrowserContext> NewContextAsync(int width, int height, Action<BrowserNewContextOptions> configure)
    {
        if (_browser is null)
        {
            throw new InvalidOperationException("The browser fixture has not been initialised.");
        }

        var options = new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        };
        configure(options);
        return _browser.NewContextAsync(options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_fixtureApp is not null)
        {
            await _fixtureApp.DisposeAsync();
        }

        if (_pausedApp is not null)
        {
            await _pausedApp.DisposeAsync();
        }

        _keysDirectory?.Delete(recursive: true);
    }

    private static Uri Address(SelfHelpApp app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    private static string FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable(ChromiumVariable);
        var candidates = string.IsNullOrEmpty(configured)
            ? (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => Path.Combine(directory, "chromium"))
            : [configured];

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"Chromium not found: install Debian's package with `apt-get install -y chromium` or set {ChromiumVariable}.");
    }

    /// <summary>The bundled English content (the site serves the whole <see cref="ContentRoot"/>).</summary>
    public static string ContentPath { get; } = Path.Combine(FindRoot(), "content", "en");

    /// <summary>The bundled German content, served under /de.</summary>
    public static string GermanContentPath { get; } = Path.Combine(FindRoot(), "content", "de");

    /// <summary>The content folder with every bundled language: what the site serves in these tests.</summary>
    public static string ContentRoot { get; } = Path.Combine(FindRoot(), "content");

    private static string FixtureContentPath { get; } = Path.Combine(FindRoot(), "tests", "SelfHelp.Web.Tests", "Fixtures", "content", "en");

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

    private sealed class SelfHelpApp(string contentPath, string keysPath, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Production, so that nothing development-only (exception page, extra logging) is tested.
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:Path", contentPath);
            builder.UseSetting("KeyRing:Path", keysPath);
            builder.UseSetting("KeyRing:AllowNewRing", "true");
            builder.UseSetting("Feedback:Path", Path.Combine(keysPath, $"feedback-{Guid.NewGuid():N}.db"));
            builder.UseSetting("Security:PostsPerMinute", "100000");
            builder.UseSetting("Site:PublicOrigin", "https://selfhelp.example");
            builder.UseSetting("Site:Operator", "The Test Charity");

            // Serve the stylesheet and scripts compressed at build time, as a published site does, instead of
            // the development fallback that re-sends them uncompressed (this matters to the page weight test).
            builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");

            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
