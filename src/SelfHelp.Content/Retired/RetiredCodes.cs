using System.Collections.Frozen;
using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;

namespace SelfHelp.Content.Retired;

/// <summary>Every retired exercise code of one language, looked up as people say and type them.</summary>
public sealed class RetiredCodes
{
    private readonly FrozenDictionary<string, RetiredCode> _byCode;

    /// <summary>Builds a lookup from codes already checked for duplicates.</summary>
    public RetiredCodes(IEnumerable<RetiredCode> codes)
    {
        All = [.. codes];
        _byCode = All.ToFrozenDictionary(c => ExerciseCode.Normalize(c.Code), StringComparer.Ordinal);
    }

    /// <summary>No retired codes.</summary>
    public static RetiredCodes Empty { get; } = new([]);

    /// <summary>Every retired code, in the order the file lists them.</summary>
    public ImmutableArray<RetiredCode> All { get; }

    /// <summary>The retired code that reads the same as <paramref name="code"/>, or null.</summary>
    public RetiredCode? Find(string code) => _byCode.GetValueOrDefault(ExerciseCode.Normalize(code));
}
