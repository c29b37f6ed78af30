using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Loading;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Keys;
using SelfHelp.Web.Progress;

namespace SelfHelp.Benchmarks;

/// <summary>
/// What progress costs a request with a full notebook: the bundled programme read and finished, and 100 words of
/// prose in every text box and every list line. Reading the progress cookie (every page), one module's answers (a
/// step page), the whole notebook (My answers, the progress file), writing the progress cookie back (a page view that
/// moves on) and saving one module's answers (a post).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ProgressCookieBenchmarks
{
    private ProgressProtector _protector = null!;
    private ContentStore _content = null!;
    private IOptions<ProgressOptions> _options = null!;
    private string _cookieHeader = "";
    private ModuleAnswers _changed = null!;
    private ProgressState _state = ProgressState.Empty;
    private string _moduleId = "";

    [GlobalSetup]
    public void Setup()
    {
        // A ring with the site's algorithm (ADR 0012); the framework's ephemeral provider would use its default.
        var services = new ServiceCollection().AddDataProtection()
            .UseCryptographicAlgorithms(KeyRingAlgorithm.ForNewKeys())
            .PersistKeysToFileSystem(Directory.CreateTempSubdirectory("selfhelp-benchmark-keys-"))
            .Services.BuildServiceProvider();
        _protector = new ProgressProtector(services.GetRequiredService<IDataProtectionProvider>(), services);
        _options = Options.Create(new ProgressOptions());
        _content = LoadContent();
        var (state, notebook) = FullNotebook.Build(_content.Catalogue);
        _state = state;
        var cookies = new List<string> { $"{_options.Value.CookieName}={_protector.ProtectForCookie(state)}" };
        var store = Store(new DefaultHttpContext());
        foreach (var answers in notebook.Modules.Values)
        {
            var value = _protector.ProtectAnswers(answers);
            var name = store.AnswerCookieName(answers.ModuleId);
            var chunks = new SelfHelp.Web.Progress.CookieChunks(8);
            if (chunks.ChunksFor(value.Length) == 0)
            {
                cookies.Add($"{name}={value}");
            }
            else
            {
                var count = chunks.ChunksFor(value.Length);
                cookies.Add($"{name}=chunks-{count}");
                for (var i = 0; i < count; i++)
                {
                    cookies.Add($"{name}C{i + 1}={value.Substring(i * chunks.ChunkSize, Math.Min(chunks.ChunkSize, value.Length - (i * chunks.ChunkSize)))}");
                }
            }
        }

        _cookieHeader = string.Join("; ", cookies);
        _moduleId = _content.Catalogue.Modules[6].Id;
        var first = notebook.For(_moduleId);
        _changed = first.With(first.Forms.Keys.First(), ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("x", "A changed answer.")]));
        Console.WriteLine($"Cookie header with a full notebook: {_cookieHeader.Length:N0} characters in {cookies.Count} cookies");
    }

    [Benchmark]
    public ProgressState ReadProgress() => Store(Request()).Current;

    [Benchmark]
    public ModuleAnswers ReadOneModule() => Store(Request()).Answers(_moduleId);

    [Benchmark]
    public Notebook ReadWholeNotebook() => Store(Request()).Notebook();

    /// <summary>A page view that moves on (another step read, or the last page seen changed): the progress cookie is rewritten.</summary>
    [Benchmark]
    public SaveResult WriteProgress()
    {
        var store = Store(Request());
        return store.Save(store.Current with { LastPosition = new Position(_moduleId, 1) });
    }

    [Benchmark]
    public SaveResult SaveOneModule() => Store(Request()).Save(_changed, _state);

    private DefaultHttpContext Request()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = _cookieHeader;
        return context;
    }

    private ProgressStore Store(HttpContext context) => new(new HttpContextAccessor { HttpContext = context }, _protector, _content, _options);

    public static ContentCatalogue LoadCatalogue() => LoadContent().Catalogue;

    private static ContentStore LoadContent()
    {
        var source = new ContentSource(new ContentLoader(new ContentLoaderOptions()), FindContent(), NullLogger<ContentSource>.Instance);
        source.Load();
        return new ContentStore(source);
    }

    private static string FindContent()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SelfHelp.sln")))
            {
                return Path.Combine(directory.FullName, "content", "en");
            }
        }

        throw new InvalidOperationException("SelfHelp.sln not found.");
    }
}
