namespace SelfHelp.Content.Readability;

/// <summary>
/// The counts behind a Flesch–Kincaid grade level, and the grade itself:
/// <c>0.39 × words / sentences + 11.8 × syllables / words − 15.59</c>. The grade is roughly the US school year
/// whose pupils can read the text; grade 8 is a reading age of about 13 to 14.
/// </summary>
/// <remarks>
/// Text is measured in units: a paragraph, a list item, a heading. A sentence ends at '.', '!' or '?' that is not
/// followed by a letter or digit and does not end an abbreviation like "e.g." ("e.g." and "1.5" do not end one), and at the end of every unit, so a heading
/// or a list item without a full stop still counts as a sentence. A word is a run of letters or digits, joined by
/// apostrophes and hyphens ("don't", "self-help"). Syllables come from <see cref="SyllableCounter"/>.
/// The grade says nothing about meaning, order or tone, and is unreliable for short texts (under about 100 words).
/// </remarks>
/// <param name="Words">Words counted.</param>
/// <param name="Sentences">Sentences counted.</param>
/// <param name="Syllables">Syllables counted.</param>
public readonly record struct ReadabilityScore(int Words, int Sentences, int Syllables)
{
    /// <summary>The formula <see cref="Grade"/> uses: Flesch–Kincaid unless measured for German.</summary>
    public ReadingFormula Formula { get; init; }

    /// <summary>Words of three syllables or more.</summary>
    public int LongSyllableWords { get; init; }

    /// <summary>Words of more than six letters.</summary>
    public int LongWords { get; init; }

    /// <summary>Words of one syllable.</summary>
    public int OneSyllableWords { get; init; }

    /// <summary>The grade level by <see cref="Formula"/>; 0 when there are no words. Can be below 0 for very simple text.</summary>
    public double Grade => Words == 0 ? 0 : Formula switch
    {
        ReadingFormula.WienerSachtextformel =>
            (0.1935 * Percent(LongSyllableWords)) + (0.1672 * Words / Sentences) + (0.1297 * Percent(LongWords)) - (0.0327 * Percent(OneSyllableWords)) - 0.875,
        _ => (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59,
    };

    /// <summary>The grade rounded to one decimal place, as reported and compared with the limits.</summary>
    public double RoundedGrade => Math.Round(Grade, 1, MidpointRounding.AwayFromZero) + 0.0; // + 0.0 turns -0 into 0, so it never shows as "-0.0".

    /// <summary>Average words per sentence; 0 when there are no sentences.</summary>
    public double WordsPerSentence => Sentences == 0 ? 0 : Words / (double)Sentences;

    /// <summary>Average syllables per word; 0 when there are no words.</summary>
    public double SyllablesPerWord => Words == 0 ? 0 : Syllables / (double)Words;

    /// <summary>Measures units of plain text, each a paragraph, list item or heading (so each ends a sentence).</summary>
    public static ReadabilityScore Measure(IEnumerable<string> units) => Measure(units, ReadingFormula.FleschKincaid);

    /// <summary>Measures units of plain text with the formula (and syllable counting) of a language.</summary>
    public static ReadabilityScore Measure(IEnumerable<string> units, ReadingFormula formula)
    {
        ArgumentNullException.ThrowIfNull(units);
        var score = default(ReadabilityScore) with { Formula = formula };
        foreach (var unit in units)
        {
            score += MeasureUnit(unit, null, formula);
        }

        return score;
    }

    /// <summary>Measures one unit of plain text.</summary>
    public static ReadabilityScore Measure(string unit) => Measure([unit]);

    /// <summary>The number of words in each sentence of the units, in order, split exactly as <see cref="Measure(IEnumerable{string})"/> splits them.</summary>
    public static IReadOnlyList<int> SentenceLengths(IEnumerable<string> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var lengths = new List<int>();
        foreach (var unit in units)
        {
            MeasureUnit(unit, lengths, ReadingFormula.FleschKincaid);
        }

        return lengths;
    }

    /// <summary>Adds the counts of two texts.</summary>
    public static ReadabilityScore operator +(ReadabilityScore left, ReadabilityScore right) =>
        new(left.Words + right.Words, left.Sentences + right.Sentences, left.Syllables + right.Syllables)
        {
            Formula = left.Formula,
            LongSyllableWords = left.LongSyllableWords + right.LongSyllableWords,
            LongWords = left.LongWords + right.LongWords,
            OneSyllableWords = left.OneSyllableWords + right.OneSyllableWords,
        };

    /// <summary>Adds the counts of two texts.</summary>
    public static ReadabilityScore Add(ReadabilityScore left, ReadabilityScore right) => left + right;

    private static ReadabilityScore MeasureUnit(string text, List<int>? sentenceLengths, ReadingFormula formula)
    {
        ArgumentNullException.ThrowIfNull(text);
        int words = 0, sentences = 0, syllables = 0, wordsInSentence = 0, longSyllable = 0, longWords = 0, oneSyllable = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                words++;
                wordsInSentence++;
                var word = text.AsSpan(start, i - start);
                var count = formula == ReadingFormula.WienerSachtextformel ? GermanSyllableCounter.Count(word) : SyllableCounter.Count(word);
                syllables += count;
                longSyllable += count >= 3 ? 1 : 0;
                oneSyllable += count == 1 ? 1 : 0;
                longWords += Letters(word) > 6 ? 1 : 0;
                continue;
            }

            if (c is ('.' or '!' or '?') && wordsInSentence > 0 && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])) && !EndsAbbreviation(text, i))
            {
                sentences++;
                sentenceLengths?.Add(wordsInSentence);
                wordsInSentence = 0;
            }

            i++;
        }

        if (wordsInSentence > 0)
        {
            sentences++;
            sentenceLengths?.Add(wordsInSentence);
        }

        return new ReadabilityScore(words, sentences, syllables) { Formula = formula, LongSyllableWords = longSyllable, LongWords = longWords, OneSyllableWords = oneSyllable };
    }

    private static int Letters(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            letters += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return letters;
    }

    private double Percent(int count) => 100.0 * count / Words;

    /// <summary>True for the last dot of "e.g.", "i.e." or "U.K.": a single letter between two dots.</summary>
    private static bool EndsAbbreviation(string text, int dot) =>
        text[dot] == '.' && dot >= 2 && text[dot - 2] == '.' && char.IsLetter(text[dot - 1]);

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‑';
}
