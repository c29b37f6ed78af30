namespace SelfHelp.Content.Readability;

/// <summary>The reading-level formula for a language (docs/content-style.md); each gives a school grade.</summary>
public enum ReadingFormula
{
    /// <summary>English: the Flesch–Kincaid grade level (US school year).</summary>
    FleschKincaid,

    /// <summary>
    /// German: the first Wiener Sachtextformel (Bamberger and Vanecek, 1984), a German school year from 4 (very easy)
    /// to 15 (very hard): <c>0.1935 × MS + 0.1672 × SL + 0.1297 × IW − 0.0327 × ES − 0.875</c>, where MS is the percentage
    /// of words of three or more syllables, SL the mean sentence length in words, IW the percentage of words of more
    /// than six letters and ES the percentage of one-syllable words.
    /// </summary>
    WienerSachtextformel,
}
