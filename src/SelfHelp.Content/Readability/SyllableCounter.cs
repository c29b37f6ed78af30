namespace SelfHelp.Content.Readability;

/// <summary>
/// Estimates the syllables in an English word from its spelling, for <see cref="ReadabilityScore"/>.
/// It counts groups of vowels (a, e, i, o, u, and y after the first letter), then corrects for a silent final
/// "e" (make), a final consonant + "le" (table), a silent "-es" or "-ed" (makes, helped) and a vowel before
/// "-ing" (going). It is right for most everyday words and a syllable out for some (idea, being, create); over a
/// whole module the errors are small and even out.
/// </summary>
public static class SyllableCounter
{
    /// <summary>The estimated syllables in <paramref name="word"/>: at least 1 for any word with a letter or digit, else 0.</summary>
    /// <param name="word">One word. Hyphenated parts are counted separately and added; apostrophes are ignored.</param>
    public static int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var total = 0;
        foreach (var part in word.Split(['-', '‑'], StringSplitOptions.RemoveEmptyEntries))
        {
            total += CountPart(part);
        }

        return total;
    }

    private static int CountPart(string part)
    {
        if (!part.Any(char.IsLetterOrDigit))
        {
            return 0;
        }

        var letters = new string([.. part.Where(char.IsLetter).Select(char.ToLowerInvariant)]);

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

        if (count > 1 && letters.EndsWith('e') && !IsVowel(letters, letters.Length - 2) && !EndsWithConsonantLe(letters))
        {
            count--;
        }
        else if (count > 1 && letters.EndsWith("es", StringComparison.Ordinal) && letters[^3] is not ('s' or 'x' or 'z' or 'c' or 'g' or 'h') && !IsVowel(letters, letters.Length - 3))
        {
            count--;
        }
        else if (count > 1 && letters.EndsWith("ed", StringComparison.Ordinal) && letters[^3] is not ('t' or 'd') && !IsVowel(letters, letters.Length - 3))
        {
            count--;
        }

        if (letters.EndsWith("ing", StringComparison.Ordinal) && letters.Length > 4 && IsVowel(letters, letters.Length - 4))
        {
            count++;
        }

        return Math.Max(1, count);
    }

    private static bool EndsWithConsonantLe(string letters) =>
        letters.EndsWith("le", StringComparison.Ordinal) && letters.Length > 3 && !IsVowel(letters, letters.Length - 3);

    private static bool IsVowel(string letters, int index) =>
        letters[index] is 'a' or 'e' or 'i' or 'o' or 'u' || (letters[index] == 'y' && index > 0);
}
