using System.Collections.Frozen;

namespace SelfHelp.Content.Distress;

/// <summary>
/// How people write words, brought to one form before matching: every spelling ("my self", "wanna", "dont") is
/// replaced by the words it stands for ("myself", "want to", "do not"), then ignored words ("really", "just") are
/// dropped. Applied once, left to right, longest spelling first; the same to answers and to rules.
/// </summary>
internal sealed class Spellings
{
    private readonly FrozenDictionary<string, (string[] From, string[] To)[]> _byFirstWord;
    private readonly FrozenSet<string> _ignored;

    public Spellings(IEnumerable<(string[] From, string[] To)> spellings, IEnumerable<string> ignored)
    {
        _byFirstWord = spellings
            .Where(s => s.From.Length > 0)
            .GroupBy(s => s.From[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(s => s.From.Length).ToArray(), StringComparer.Ordinal);
        _ignored = ignored.ToFrozenSet(StringComparer.Ordinal);
    }

    public static Spellings None { get; } = new([], []);

    public bool IsIgnored(string word) => _ignored.Contains(word);

    /// <summary>The sentences of <paramref name="text"/>, rewritten.</summary>
    public List<Word[]> Read(string text) => [.. DistressText.Sentences(text).Select(Apply).Where(s => s.Length > 0)];

    /// <summary>The words of a short piece of a rule, rewritten, ignoring sentence ends.</summary>
    public string[] ReadWords(string text) => [.. Apply(DistressText.Sentences(text).SelectMany(s => s).ToList()).Select(w => w.Text)];

    private Word[] Apply(List<Word> words)
    {
        var result = new List<Word>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            var spelling = Find(words, i);
            if (spelling is { } s)
            {
                result.AddRange(s.To.Where(w => !_ignored.Contains(w)).Select(w => new Word(w, words[i].Clause)));
                i += s.From.Length;
            }
            else
            {
                if (!_ignored.Contains(words[i].Text))
                {
                    result.Add(words[i]);
                }

                i++;
            }
        }

        return [.. result];
    }

    private (string[] From, string[] To)? Find(List<Word> words, int start)
    {
        if (!_byFirstWord.TryGetValue(words[start].Text, out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (start + candidate.From.Length <= words.Count && MatchesAt(candidate.From, words, start))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool MatchesAt(string[] from, List<Word> words, int start)
    {
        for (var j = 1; j < from.Length; j++)
        {
            if (!string.Equals(words[start + j].Text, from[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
