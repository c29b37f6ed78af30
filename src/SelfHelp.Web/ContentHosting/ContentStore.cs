using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Distress;
using SelfHelp.Content.Guide;
using SelfHelp.Content.Helplines;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Retired;
using SelfHelp.Content.Validation;

namespace SelfHelp.Web.ContentHosting;

/// <summary>
/// Holds the content that requests read: the catalogue, the helplines and the distress phrases. Loading builds
/// all of it anew and swaps it in at once, so a request sees either the old content or the new, never a mix.
/// </summary>
public sealed class ContentStore
{
    private readonly ContentLoader _loader;
    private readonly ILogger<ContentStore> _logger;
    private State _state;

    public ContentStore(ContentLoader loader, string folder, ILogger<ContentStore> logger)
    {
        _loader = loader;
        _logger = logger;
        Folder = folder;
        Language = System.IO.Path.GetFileName(folder.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        _state = new State(new ContentLoadResult(ContentCatalogue.Empty(Language), []), [], IsLoaded: false);
    }

    public string Folder { get; }

    /// <summary>The language folder's name, such as <c>en</c>.</summary>
    public string Language { get; }

    public ContentCatalogue Catalogue => Volatile.Read(ref _state).Content.Catalogue;

    public HelplineDirectory Helplines => Volatile.Read(ref _state).Content.Helplines;

    public DistressDetector Distress => Volatile.Read(ref _state).Content.Distress;

    public RetiredCodes RetiredCodes => Volatile.Read(ref _state).Content.RetiredCodes;

    public StartGuide StartGuide => Volatile.Read(ref _state).Content.StartGuide;

    /// <summary>The errors of the most recent load; empty when it was clean.</summary>
    public ImmutableArray<ContentProblem> Errors => Volatile.Read(ref _state).Errors;

    /// <summary>True once content has been loaded at least once.</summary>
    public bool IsLoaded => Volatile.Read(ref _state).IsLoaded;

    /// <summary>
    /// Loads the folder. Clean content replaces what is served. Content with errors replaces it only when nothing
    /// good was loaded before (so a broken edit keeps the last good content serving).
    /// </summary>
    /// <returns>The load's result, with every problem.</returns>
    public ContentLoadResult Load()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = _loader.LoadSite(Folder);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var errors = result.Errors.ToImmutableArray();
        var current = Volatile.Read(ref _state);
        var content = errors.IsEmpty || !current.IsLoaded ? result : current.Content;
        var catalogue = content.Catalogue;
        Volatile.Write(ref _state, new State(content, errors, IsLoaded: true));

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
            _logger.LogInformation("Content loaded: {Modules} modules, {Errors} errors in {Elapsed:0} ms", catalogue.Modules.Length, errors.Length, elapsed.TotalMilliseconds);
        }
        return result;
    }

    private sealed record State(ContentLoadResult Content, ImmutableArray<ContentProblem> Errors, bool IsLoaded);
}
