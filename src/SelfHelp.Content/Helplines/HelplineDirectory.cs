using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SelfHelp.Content.Helplines;

/// <summary>
/// Every region and helpline that loaded without errors, in file order. Immutable: a reload builds a new one.
/// </summary>
public sealed class HelplineDirectory
{
    private readonly FrozenDictionary<string, Region> _regions;

    // Boxed once here rather than on every request.
    private readonly FrozenDictionary<string, IReadOnlyList<Helpline>> _byRegion;

    internal HelplineDirectory(ImmutableArray<Region> regions, ImmutableArray<Helpline> helplines)
    {
        Regions = regions;
        Helplines = helplines;
        _regions = regions.DistinctBy(r => r.Code).ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
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

    /// <summary>The helplines serving the region with this code (compared ignoring case), in file order; empty when none.</summary>
    public IReadOnlyList<Helpline> For(string regionCode)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        return _byRegion.TryGetValue(regionCode.ToLowerInvariant(), out var helplines) ? helplines : [];
    }

    /// <summary>The first helpline in file order that serves the region and has the purpose, or null.</summary>
    public Helpline? First(string regionCode, HelplinePurpose purpose) =>
        For(regionCode).FirstOrDefault(h => h.Purpose == purpose);
}
