using System.Collections.Immutable;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Distress;

/// <summary>Reads one rule as written in <c>distress.yml</c> into a <see cref="Pattern"/>, reporting mistakes on its line.</summary>
internal sealed class PatternReader(Spellings spellings, IReadOnlyDictionary<string, WordGroup> groups, ProblemList problems)
{
    // Fewer letters than this, with no word group, would match too much ordinary writing.
    private const int MinLetters = 3;

    private const string SyntaxHint = "A rule is words in order. '{name}' is any word of a group under 'words:'; '...' stands for up to 3 other words; '!word' means that word must not be next (or, first in the rule, must not come just before). Separate each part with spaces, such as '{kill} ... myself !off'.";

    /// <summary>The groups used by any rule so far, to warn about groups nothing uses.</summary>
    public HashSet<string> UsedGroups { get; } = new(StringComparer.Ordinal);

    public Pattern? Read(string text, int line)
    {
        var elements = ImmutableArray.CreateBuilder<Pattern.Element>();
        var literal = new List<string>();
        var errorsBefore = problems.ErrorCount;
        foreach (var piece in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece is "..." or "\u2026")
            {
                Flush();
                elements.Add(new Pattern.Element.Gap());
            }
            else if (piece.StartsWith('!'))
            {
                Flush();
                if (Single(piece[1..], text, line) is { } inner)
                {
                    elements.Add(new Pattern.Element.Not(inner));
                }
            }
            else if (piece.StartsWith('{') && piece.EndsWith('}'))
            {
                Flush();
                if (Group(piece, text, line) is { } group)
                {
                    elements.Add(group);
                }
            }
            else if (piece.Contains('{', StringComparison.Ordinal) || piece.Contains('}', StringComparison.Ordinal)
                || piece.Contains("...", StringComparison.Ordinal) || piece.Contains('\u2026', StringComparison.Ordinal))
            {
                problems.Error(line, $"In the rule '{text}', '{piece}' mixes words with '{{}}' or '...'.", SyntaxHint);
            }
            else
            {
                literal.Add(piece);
            }
        }

        Flush();
        if (problems.ErrorCount > errorsBefore)
        {
            return null;
        }

        return Check(text, line, elements.ToImmutable()) ? new Pattern(text, line, elements.ToImmutable()) : null;

        void Flush()
        {
            if (literal.Count > 0)
            {
                elements.AddRange(spellings.ReadWords(string.Join(' ', literal)).Select(w => new Pattern.Element.Literal(w)));
                literal.Clear();
            }
        }
    }

    private bool Check(string text, int line, ImmutableArray<Pattern.Element> elements)
    {
        var consuming = elements.Count(e => e is Pattern.Element.Literal or Pattern.Element.Group);
        if (consuming == 0)
        {
            problems.Error(line, $"The rule '{text}' has no words to look for.", "Write at least one word or '{group}'. Words listed under 'ignore:' do not count: they are dropped before matching.");
            return false;
        }

        if (elements[0] is Pattern.Element.Gap || elements[^1] is Pattern.Element.Gap)
        {
            problems.Error(line, $"The rule '{text}' starts or ends with '...'.", "'...' stands for up to 3 words between two others, such as 'end ... life'. At the start or end it adds nothing: remove it.");
            return false;
        }

        for (var i = 1; i < elements.Length; i++)
        {
            if (elements[i] is Pattern.Element.Gap && elements[i - 1] is Pattern.Element.Gap)
            {
                problems.Error(line, $"The rule '{text}' has '...' twice in a row.", "One '...' already stands for up to 3 words; long gaps match unrelated words. Use one, or a 'near' rule.");
                return false;
            }
        }

        var letters = elements.OfType<Pattern.Element.Literal>().Sum(l => l.Word.Length);
        if (!elements.Any(e => e is Pattern.Element.Group) && letters < MinLetters)
        {
            problems.Error(line, $"The rule '{text}' is too short.", $"A rule needs at least {MinLetters} letters or digits; short words match too much ordinary writing. Write a few words, such as 'end my life'.");
            return false;
        }

        return true;
    }

    private Pattern.Element? Single(string piece, string text, int line)
    {
        if (piece.StartsWith('{') && piece.EndsWith('}'))
        {
            return Group(piece, text, line);
        }

        var words = spellings.ReadWords(piece);
        if (words.Length != 1)
        {
            problems.Error(line, $"In the rule '{text}', '!{piece}' is not one word.", "Put '!' before one word (or '{group}'), such as 'end it !with'. A spelling such as 'dont' is read as two words ('do not'): write '!not' instead.");
            return null;
        }

        return new Pattern.Element.Literal(words[0]);
    }

    private Pattern.Element.Group? Group(string piece, string text, int line)
    {
        var name = piece[1..^1].Trim();
        if (groups.TryGetValue(name, out var group))
        {
            UsedGroups.Add(name);
            return new Pattern.Element.Group(group);
        }

        var suggestion = Suggest.Closest(name, groups.Keys);
        var hint = (suggestion is null ? "" : $"Did you mean '{{{suggestion}}}'? ")
            + (groups.Count == 0 ? "Define word groups under 'words:' first." : $"Groups: {string.Join(", ", groups.Keys.Order(StringComparer.Ordinal))}.");
        problems.Error(line, $"The rule '{text}' uses '{piece}', but there is no word group '{name}'.", hint);
        return null;
    }
}
