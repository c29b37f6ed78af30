using System.Collections.Frozen;
using System.Text;

namespace SelfHelp.Content.Distress;

/// <summary>
/// The phrases that show a kind message with helplines when someone writes them in an answer. Built once from
/// <c>distress.yml</c>; immutable and safe to use from several threads.
/// </summary>
/// <remarks>
/// Matching is deliberately simple: whole words in order, nothing more. Negation is not understood, so
/// "I would never kill myself" matches "kill myself". That is on purpose: a false alarm only shows a kind message,
/// while a missed one could leave someone without help.
/// </remarks>
public sealed class DistressPhrases
{
    private static readonly DistressKind[] AllKinds = Enum.GetValues<DistressKind>();

    // Phrases by their first word, so that each word of an answer is looked up once.
    private readonly FrozenDictionary<string, Phrase[]> _byFirstWord;

    internal DistressPhrases(IEnumerable<(DistressKind Kind, string Text)> phrases)
    {
        var list = phrases
            .Select(p => new Phrase(p.Kind, [.. Words(p.Text)]))
            .Where(p => p.Words.Length > 0)
            .ToList();
        Count = list.Count;
        _byFirstWord = list
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>No phrases: finds nothing.</summary>
    public static DistressPhrases Empty { get; } = new([]);

    /// <summary>How many phrases there are.</summary>
    public int Count { get; }

    /// <summary>
    /// The kinds of the phrases <paramref name="text"/> contains; empty when none. Phrases match case-insensitively on
    /// whole words, ignoring punctuation and repeated spaces, with curly apostrophes treated as straight ones
    /// ("Don’t  want to be ALIVE!" matches "don't want to be alive"; "skill myself" does not match "kill myself").
    /// Negation is not understood: see the remarks on <see cref="DistressPhrases"/>.
    /// </summary>
    public IReadOnlySet<DistressKind> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new HashSet<DistressKind>();
        if (_byFirstWord.Count == 0)
        {
            return found;
        }

        var words = Words(text);
        for (var i = 0; i < words.Count && found.Count < AllKinds.Length; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (!found.Contains(phrase.Kind) && phrase.MatchesAt(words, i))
                {
                    found.Add(phrase.Kind);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Splits text into lower-case words of letters and digits. Apostrophes, straight or curly, are dropped inside
    /// words ("don't" and "dont" are the same word); every other character separates words.
    /// </summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '\u2019' or '\u2018' or '\u02BC'))
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    private sealed record Phrase(DistressKind Kind, string[] Words)
    {
        public bool MatchesAt(List<string> words, int start)
        {
            if (start + Words.Length > words.Count)
            {
                return false;
            }

            for (var j = 1; j < Words.Length; j++)
            {
                if (!string.Equals(words[start + j], Words[j], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
