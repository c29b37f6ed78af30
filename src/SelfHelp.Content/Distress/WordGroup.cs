using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace SelfHelp.Content.Distress;

/// <summary>
/// A named set of words from <c>words:</c> in <c>distress.yml</c>, used in rules as <c>{name}</c>: the forms of a word
/// ("kill kills killing killed") or words that play the same part ("niece nephew stepdaughter"). An entry such as
/// <c>1-17</c> stands for every whole number in that range.
/// </summary>
internal sealed class WordGroup(string name, IEnumerable<string> words, IEnumerable<(int From, int To)> ranges)
{
    private readonly FrozenSet<string> _words = words.ToFrozenSet(StringComparer.Ordinal);
    private readonly ImmutableArray<(int From, int To)> _ranges = [.. ranges];

    public string Name { get; } = name;

    public bool Contains(string word)
    {
        if (_words.Contains(word))
        {
            return true;
        }

        if (_ranges.IsEmpty || word.Length > 6 || !word.All(char.IsAsciiDigit))
        {
            return false;
        }

        var number = int.Parse(word, NumberStyles.None, CultureInfo.InvariantCulture);
        return _ranges.Any(r => number >= r.From && number <= r.To);
    }
}
