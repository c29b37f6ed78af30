using System.Collections.Immutable;
using System.Diagnostics;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Web.ContentHosting;

/// <summary>
/// Loads the content folder and holds the snapshot being served. Loading builds all of it anew and swaps it in with
/// one reference write. Requests never read from here directly: each takes the snapshot once, through the scoped
/// <see cref="ContentStore"/>, so a request that spans a reload sees the old content or the new, never a mix.
/// </summary>
public sealed class ContentSource
{
    private readonly ContentLoader _loader;
    private readonly ILogger<ContentSource> _logger;
    private ContentSnapshot _current;

    public ContentSource(ContentLoader loader, string folder, ILogger<ContentSource> logger)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _loader = loader;
        _logger = logger;
        Folder = folder;
        Language = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));
        _current = new ContentSnapshot(new ContentLoadResult(ContentCatalogue.Empty(Language), []), [], IsLoaded: false);
    }

    public string Folder { get; }

    /// <summary>The loader for this language (its callout titles and URLs).</summary>
    public ContentLoader Loader => _loader;

    /// <summary>The language folder's name, such as <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>The snapshot being served now. Read it once and keep the reference.</summary>
    public ContentSnapshot Current => Volatile.Read(ref _current);

    /// <summary>
    /// Loads the folder. Clean content replaces what is served. Content with errors replaces it only when nothing
    /// good was loaded before (so a broken edit keeps the last good content serving).
    /// </summary>
    /// <returns>The load's result, with every problem.</returns>
    public ContentLoadResult Load()
    {
        var started = Stopwatch.GetTimestamp();
        var result = _loader.LoadSite(Folder);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var errors = result.Errors.ToImmutableArray();
        var current = Current;
        var content = errors.IsEmpty || !current.IsLoaded ? result : current.Content;
        Volatile.Write(ref _current, new ContentSnapshot(content, errors, IsLoaded: true));

        foreach (var problem in result.Problems)
        {
            if (problem.Severity == Severity.Error)
            {
                _logger.LogError("Content error: {Problem}", problem);
            }
            else
            {
                _logger.LogWarning("Content warning: {Problem}", problem);
            }
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation("Content loaded: {Modules} modules, {Errors} errors in {Elapsed:0} ms", content.Catalogue.Modules.Length, errors.Length, elapsed.TotalMilliseconds);
        }

        return result;
    }
}
