namespace SelfHelp.Content.Readability;

/// <summary>
/// Estimates the syllables in a German word from its spelling, for the Wiener Sachtextformel: each group of vowels
/// (a, e, i, o, u, ä, ö, ü, y) is one syllable, so the diphthongs ei, ai, au, eu, äu and the long ie count once
/// ("Freiheit" 2, "Liebe" 2). It is a syllable short for the rare vowel pairs that are two syllables ("beobachten",
/// "Familie") and right for most everyday words; over a whole module the errors are small.
/// </summary>
internal static class GermanSyllableCounter
{
    public static int Count(ReadOnlySpan<char> word)
    {
        var total = 0;
        var hasLetter = false;
        var inVowels = false;
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c))
            {
                inVowels = false;
                continue;
            }

            hasLetter = true;
            var vowel = char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'ä' or 'ö' or 'ü' or 'y' or 'é';
            if (vowel && !inVowels)
            {
                total++;
            }

            inVowels = vowel;
        }

        return hasLetter ? Math.Max(1, total) : 0;
    }
}
