using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace SelfHelp.Web.ContentHosting;

/// <summary>
/// Loads content before the site takes requests. Outside Development, invalid content stops the site with the
/// list of problems; in Development the site starts anyway and, when watching, reloads on every edit.
/// </summary>
internal sealed class ContentStartup : IHostedService, IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private readonly ContentLanguages _languages;
    private readonly IHostEnvironment _environment;
    private readonly ContentOptions _options;
    private readonly ILogger<ContentStartup> _logger;
    private readonly List<IDisposable> _watches = [];

    public ContentStartup(ContentLanguages languages, IHostEnvironment environment, IOptions<ContentOptions> options, ILogger<ContentStartup> logger)
    {
        _languages = languages;
        _environment = environment;
        _options = options.Value;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var source in _languages.All)
        {
            Start(source);
        }

        return Task.CompletedTask;
    }

    private void Start(ContentSource source)
    {
        if (!Directory.Exists(source.Folder))
        {
            throw new InvalidOperationException(
                $"Content:Path '{_options.Path}' has no language folder '{source.Folder}'. Set Content:Path to the content folder (such as ../../content, with a folder per language and Content:DefaultLanguage naming one of them) or to one language folder such as ../../content/en.");
        }

        if (!ContentLanguages.IsLanguageCode(source.Language))
        {
            throw new InvalidOperationException($"The content folder '{source.Folder}' is not named by a language code such as en, de or pt-BR.");
        }

        var result = source.Load();
        if (result.HasErrors && !_environment.IsDevelopment())
        {
            var errors = string.Join(Environment.NewLine, result.Errors);
            throw new InvalidOperationException(
                $"The content in '{source.Folder}' has errors, so the site will not start:{Environment.NewLine}{errors}{Environment.NewLine}" +
                "Run the content check (dotnet run --project src/SelfHelp.ContentCheck -- <folder>) and fix them.");
        }

        if (_options.Watch)
        {
            var files = new PhysicalFileProvider(source.Folder);
            var timer = new Timer(_ => Reload(source), null, Timeout.Infinite, Timeout.Infinite);
            _watches.Add(files);
            _watches.Add(timer);
            _watches.Add(ChangeToken.OnChange(() => files.Watch("**/*"), () => timer.Change(Debounce, Timeout.InfiniteTimeSpan)));
            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("Watching the {Language} content folder for edits", source.Language);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var watch in _watches)
        {
            watch.Dispose();
        }
    }

    private void Reload(ContentSource source)
    {
        try
        {
            source.Load();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(ex, "Content reload failed; the last good content is still being served");
        }
    }
}
