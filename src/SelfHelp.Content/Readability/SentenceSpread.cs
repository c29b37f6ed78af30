namespace SelfHelp.Content.Readability;

/// <summary>
/// How sentence lengths (in words) spread across a text: the shortest, the longest, the median, and the range that
/// holds most sentences (the 10th to the 90th percentile, by nearest rank). A text of only short sentences reads as
/// choppy even when its grade is fine; a wide spread with a modest median usually reads naturally.
/// </summary>
/// <param name="Sentences">How many sentences were measured.</param>
/// <param name="Shortest">Words in the shortest sentence.</param>
/// <param name="Low">The 10th percentile: nine in ten sentences are at least this long.</param>
/// <param name="Median">The middle sentence length.</param>
/// <param name="High">The 90th percentile: nine in ten sentences are at most this long.</param>
/// <param name="Longest">Words in the longest sentence.</param>
public readonly record struct SentenceSpread(int Sentences, int Shortest, int Low, double Median, int High, int Longest)
{
    /// <summary>The spread of the given sentence lengths; all zero when there are none.</summary>
    public static SentenceSpread Of(IEnumerable<int> lengths)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        var sorted = lengths.Order().ToArray();
        if (sorted.Length == 0)
        {
            return default;
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return new SentenceSpread(sorted.Length, sorted[0], NearestRank(sorted, 0.1), median, NearestRank(sorted, 0.9), sorted[^1]);
    }

    /// <summary>The spread of the sentences in units of plain text, split as <see cref="ReadabilityScore"/> splits them.</summary>
    public static SentenceSpread Of(IEnumerable<string> units) => Of(ReadabilityScore.SentenceLengths(units));

    private static int NearestRank(int[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
