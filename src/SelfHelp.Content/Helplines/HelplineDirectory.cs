using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SelfHelp.Content.Helplines;

/// <summary>
/// Every region and helpline that loaded without errors, in file order. Immutable: a reload builds a new one.
/// </summary>
public sealed class HelplineDirectory
{
    private readonly FrozenDictionary<string, Region> _regions;
    private readonly FrozenDictionary<string, string> _languageNames;

    // Boxed once here rather than on every request.
    private readonly FrozenDictionary<string, IReadOnlyList<Helpline>> _byRegion;

    internal HelplineDirectory(ImmutableArray<Region> regions, ImmutableArray<Helpline> helplines, IReadOnlyDictionary<string, string>? languageNames = null)
    {
        Regions = regions;
        Helplines = helplines;
        _regions = regions.DistinctBy(r => r.Code).ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        _languageNames = (languageNames ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
        _byRegion = helplines
            .SelectMany(h => h.Regions.Distinct().Select(code => (Code: code, Helpline: h)))
            .GroupBy(x => x.Code, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Helpline>)g.Select(x => x.Helpline).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>A directory with no regions and no helplines.</summary>
    public static HelplineDirectory Empty { get; } = new([], []);

    /// <summary>The regions, in file order.</summary>
    public ImmutableArray<Region> Regions { get; }

    /// <summary>The helplines, in file order.</summary>
    public ImmutableArray<Helpline> Helplines { get; }

    /// <summary>The region with this code (compared ignoring case), or null.</summary>
    public Region? FindRegion(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _regions.GetValueOrDefault(code.ToLowerInvariant());
    }

    /// <summary>The name of a language, as declared under <c>languages:</c> (such as "Dutch"); the code when not declared.</summary>
    public string LanguageName(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _languageNames.GetValueOrDefault(code, code);
    }

    /// <summary>The helplines serving the region with this code (compared ignoring case), in file order; empty when none.</summary>
    public IReadOnlyList<Helpline> For(string regionCode)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        return _byRegion.TryGetValue(regionCode.ToLowerInvariant(), out var helplines) ? helplines : [];
    }

    /// <summary>
    /// The helplines serving the region for people who speak <paramref name="language"/> (those without languages serve
    /// everyone), in file order; all of the region's when <paramref name="language"/> is null.
    /// </summary>
    public IReadOnlyList<Helpline> For(string regionCode, string? language) =>
        language is null ? For(regionCode) : [.. For(regionCode).Where(h => h.Speaks(language))];

    /// <summary>The first helpline in file order that serves the region and has the purpose, or null.</summary>
    public Helpline? First(string regionCode, HelplinePurpose purpose) =>
        For(regionCode).FirstOrDefault(h => h.Purpose == purpose);

    /// <summary>The first helpline in file order that serves the region in the language and has the purpose, or null.</summary>
    public Helpline? First(string regionCode, string? language, HelplinePurpose purpose) =>
        For(regionCode).FirstOrDefault(h => h.Purpose == purpose && h.Speaks(language));
}
