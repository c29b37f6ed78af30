namespace SelfHelp.Content.Readability;

/// <summary>
/// Estimates the syllables in an English word from its spelling, for <see cref="ReadabilityScore"/>.
/// It counts groups of vowels (a, e, i, o, u, and y after the first letter), then corrects for a silent final
/// "e" (make), a final consonant + "le" (table), a silent "-es" or "-ed" (makes, helped) and a vowel before
/// "-ing" (going). It is right for most everyday words and a syllable out for some (idea, being, create); over a
/// whole module the errors are small and even out.
/// </summary>
internal static class SyllableCounter
{
    /// <summary>The estimated syllables in <paramref name="word"/>: at least 1 for any word with a letter or digit, else 0.</summary>
    /// <param name="word">One word. Hyphenated parts are counted separately and added; apostrophes are ignored.</param>
    public static int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Count(word.AsSpan());
    }

    // Span-based and allocation-free: it runs for every word of every module on each content load.
    internal static int Count(ReadOnlySpan<char> word)
    {
        var total = 0;
        while (!word.IsEmpty)
        {
            var dash = word.IndexOfAny('-', '‑');
            total += CountPart(dash < 0 ? word : word[..dash]);
            word = dash < 0 ? [] : word[(dash + 1)..];
        }

        return total;
    }

    private static int CountPart(ReadOnlySpan<char> part)
    {
        var letters = part.Length <= 64 ? stackalloc char[part.Length] : new char[part.Length];
        var length = 0;
        var any = false;
        foreach (var c in part)
        {
            any |= char.IsLetterOrDigit(c);
            if (char.IsLetter(c))
            {
                letters[length++] = char.ToLowerInvariant(c);
            }
        }

        if (!any)
        {
            return 0;
        }

        return CountLetters(letters[..length]);
    }

    private static int CountLetters(ReadOnlySpan<char> letters)
    {
        // Numbers and short words ("the", "you", "7") are read as one syllable; good enough for a reading level.
        if (letters.Length <= 3)
        {
            return 1;
        }

        var count = 0;
        var previousWasVowel = false;
        for (var i = 0; i < letters.Length; i++)
        {
            var vowel = IsVowel(letters, i);
            if (vowel && !previousWasVowel)
            {
                count++;
            }

            previousWasVowel = vowel;
        }

        if (count > 1 && letters[^1] == 'e' && !IsVowel(letters, letters.Length - 2) && !EndsWithConsonantLe(letters))
        {
            count--;
        }
        else if (count > 1 && letters.EndsWith("es") && letters[^3] is not ('s' or 'x' or 'z' or 'c' or 'g' or 'h') && !IsVowel(letters, letters.Length - 3))
        {
            count--;
        }
        else if (count > 1 && letters.EndsWith("ed") && letters[^3] is not ('t' or 'd') && !IsVowel(letters, letters.Length - 3))
        {
            count--;
        }

        if (letters.EndsWith("ing") && letters.Length > 4 && IsVowel(letters, letters.Length - 4))
        {
            count++;
        }

        return Math.Max(1, count);
    }

    private static bool EndsWithConsonantLe(ReadOnlySpan<char> letters) =>
        letters.EndsWith("le") && letters.Length > 3 && !IsVowel(letters, letters.Length - 3);

    private static bool IsVowel(ReadOnlySpan<char> letters, int index) =>
        letters[index] is 'a' or 'e' or 'i' or 'o' or 'u' || (letters[index] == 'y' && index > 0);
}
