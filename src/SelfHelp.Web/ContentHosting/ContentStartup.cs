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

    private readonly ContentSource _source;
    private readonly IHostEnvironment _environment;
    private readonly ContentOptions _options;
    private readonly ILogger<ContentStartup> _logger;
    private PhysicalFileProvider? _files;
    private IDisposable? _subscription;
    private Timer? _timer;

    public ContentStartup(ContentSource source, IHostEnvironment environment, IOptions<ContentOptions> options, ILogger<ContentStartup> logger)
    {
        _source = source;
        _environment = environment;
        _options = options.Value;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_source.Folder))
        {
            throw new InvalidOperationException($"Content:Path '{_source.Folder}' does not exist. Set Content:Path to a language folder such as content/en.");
        }

        var result = _source.Load();
        if (result.HasErrors && !_environment.IsDevelopment())
        {
            var errors = string.Join(Environment.NewLine, result.Errors);
            throw new InvalidOperationException(
                $"The content in '{_source.Folder}' has errors, so the site will not start:{Environment.NewLine}{errors}{Environment.NewLine}" +
                "Run the content check (dotnet run --project src/SelfHelp.ContentCheck -- <folder>) and fix them.");
        }

        if (_options.Watch)
        {
            _files = new PhysicalFileProvider(_source.Folder);
            _timer = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
            _subscription = ChangeToken.OnChange(() => _files.Watch("**/*"), () => _timer.Change(Debounce, Timeout.InfiniteTimeSpan));
            _logger.LogInformation("Watching the content folder for edits");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _subscription?.Dispose();
        _timer?.Dispose();
        _files?.Dispose();
    }

    private void Reload()
    {
        try
        {
            _source.Load();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(ex, "Content reload failed; the last good content is still being served");
        }
    }
}
