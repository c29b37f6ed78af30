using System.Collections.Frozen;
using System.Text;

namespace SelfHelp.Content.Distress;

/// <summary>
/// Splits text into sentences of lower-case words, the way both answers and rules are read:
/// <list type="bullet">
/// <item>compatibility forms are read as plain letters (full-width "ｋｉｌｌ" is "kill"); letters and digits make words; apostrophes are dropped inside words ("don't" is "dont"); a change between
/// digits and letters splits a word ("14yo" is "14 yo"); every other character separates words;</item>
/// <item>German umlauts and sharp s are read as people write them without a German keyboard: "ä" as "ae", "ö" as "oe",
/// "ü" as "ue", "ß" as "ss" ("würde" and "wuerde" are the same word, "Maß" is "mass");</item>
/// <item>'.', '!', '?', ';', a new line and control characters end a sentence, except a '.' between two letters or
/// digits ("y.o.", "3.5") and a '.' after a number that the sentence goes on from in lower case (German ordinals and
/// dates: "aus der 8. klasse", "am 3. ist schluss"); rules never match across sentences;</item>
/// <item>',', ':', brackets, quotes and dashes, and the words "but", "and", "so", "because", "though", "although",
/// "or" and "then" (and in German "und", "aber", "oder", "weil", "denn", "sondern", "obwohl") start a new clause.</item>
/// </list>
/// </summary>
internal static class DistressText
{
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.ToFrozenSet(
        ["but", "and", "so", "because", "though", "although", "or", "then", "und", "aber", "oder", "weil", "denn", "sondern", "obwohl"],
        StringComparer.Ordinal);

    public static List<List<Word>> Sentences(string text)
    {
        text = Compatible(text);
        var sentences = new List<List<Word>>();
        var sentence = new List<Word>();
        var word = new StringBuilder();
        var clause = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (word.Length > 0 && char.IsDigit(word[^1]) != char.IsDigit(c))
                {
                    FlushWord();
                }

                AppendLetter(word, char.ToLowerInvariant(c));
            }
            else if (IsApostrophe(c))
            {
                // Dropped: "don't" and "dont" are the same word; "kids'" is "kids".
            }
            else if (c == '.' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
            {
                FlushWord();
            }
            else if (c == '.' && i > 0 && char.IsDigit(text[i - 1]) && GoesOnInLowerCase(text, i + 1))
            {
                FlushWord();
            }
            else if (c is '.' or '!' or '?' or ';' or '\n' or '\r' || char.IsControl(c))
            {
                FlushWord();
                FlushSentence();
            }
            else if (c is ',' or ':' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D' or '\u2013' or '\u2014')
            {
                FlushWord();
                clause++;
            }
            else
            {
                FlushWord();
            }
        }

        FlushWord();
        FlushSentence();
        return sentences;

        void FlushWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            var text = word.ToString();
            word.Clear();
            if (ClauseWords.Contains(text))
            {
                clause++;
            }

            sentence.Add(new Word(text, clause));
        }

        void FlushSentence()
        {
            if (sentence.Count > 0)
            {
                sentences.Add(sentence);
                sentence = [];
            }

            clause++;
        }
    }

    /// <summary>Whether spaces and then a lower-case letter follow <paramref name="start"/>, on the same line.</summary>
    private static bool GoesOnInLowerCase(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i > start && i < text.Length && char.IsLower(text[i]);
    }

    /// <summary>The words of a short piece of text as one list, ignoring sentence ends (for rules and word lists).</summary>
    public static List<string> Words(string text) => [.. Sentences(text).SelectMany(s => s).Select(w => w.Text)];

    /// <summary>
    /// Full-width and other compatibility forms as plain letters ("ｋｉｌｌ" is "kill"); text with broken surrogates,
    /// which cannot be normalised, is read as it is.
    /// </summary>
    private static string Compatible(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>A lower-case letter or digit, with German umlauts and sharp s spelled out ("ä" is "ae", "ß" is "ss").</summary>
    private static void AppendLetter(StringBuilder word, char c) => _ = c switch
    {
        '\u00E4' => word.Append("ae"),
        '\u00F6' => word.Append("oe"),
        '\u00FC' => word.Append("ue"),
        '\u00DF' => word.Append("ss"),
        _ => word.Append(c),
    };

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`';
}
