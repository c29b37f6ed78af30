using System.Collections.Immutable;

namespace SelfHelp.Content.Distress;

/// <summary>
/// One rule from <c>distress.yml</c>, read into its parts: words in order, <c>{group}</c>, <c>...</c> (up to
/// <see cref="MaxGap"/> other words) and <c>!word</c> (that word must not be there: just before the rule when it comes
/// before the rule's first word, otherwise next).
/// </summary>
internal sealed class Pattern
{
    /// <summary>How many other words <c>...</c> may stand for.</summary>
    public const int MaxGap = 3;

    public Pattern(string text, int line, ImmutableArray<Element> elements)
    {
        Text = text;
        Line = line;
        Elements = elements;
        _leadingNots = elements.TakeWhile(e => e is Element.Not).Count();
    }

    // '!' parts before the first word check the word just before the match; later ones check the next word.
    private readonly int _leadingNots;

    /// <summary>The rule as the editor wrote it.</summary>
    public string Text { get; }

    /// <summary>Its line in <c>distress.yml</c>.</summary>
    public int Line { get; }

    public ImmutableArray<Element> Elements { get; }

    /// <summary>Every place in the sentence where the rule matches, as the index of its first and after its last word.</summary>
    public IEnumerable<(int Start, int End)> Matches(Word[] words)
    {
        for (var start = 0; start < words.Length; start++)
        {
            if (Match(words, 0, start, start) is { } end)
            {
                yield return (start, end);
            }
        }
    }

    private int? Match(Word[] words, int element, int position, int start)
    {
        if (element == Elements.Length)
        {
            return position;
        }

        switch (Elements[element])
        {
            case Element.Not not when element < _leadingNots:
                return start > 0 && not.Inner.Accepts(words[start - 1].Text) ? null : Match(words, element + 1, position, start);
            case Element.Not not:
                return position < words.Length && not.Inner.Accepts(words[position].Text) ? null : Match(words, element + 1, position, start);
            case Element.Gap:
                for (var skip = 0; skip <= MaxGap && position + skip <= words.Length; skip++)
                {
                    if (Match(words, element + 1, position + skip, start) is { } end)
                    {
                        return end;
                    }
                }

                return null;
            case var word:
                return position < words.Length && word.Accepts(words[position].Text) ? Match(words, element + 1, position + 1, start) : null;
        }
    }

    /// <summary>A part of a rule.</summary>
    internal abstract record Element
    {
        public virtual bool Accepts(string word) => false;

        /// <summary>Exactly this word.</summary>
        public sealed record Literal(string Word) : Element
        {
            public override bool Accepts(string word) => string.Equals(word, Word, StringComparison.Ordinal);
        }

        /// <summary>Any word of a group.</summary>
        public sealed record Group(WordGroup Words) : Element
        {
            public override bool Accepts(string word) => Words.Contains(word);
        }

        /// <summary>Up to <see cref="MaxGap"/> other words.</summary>
        public sealed record Gap : Element;

        /// <summary>A word that must not be there.</summary>
        public sealed record Not(Element Inner) : Element;
    }
}
