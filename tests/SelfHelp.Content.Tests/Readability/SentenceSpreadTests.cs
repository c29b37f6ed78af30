using SelfHelp.Content.Readability;

namespace SelfHelp.Content.Tests.Readability;

public class SentenceSpreadTests
{
    [Fact]
    public void SentenceLengths_SplitsLikeTheScore()
    {
        string[] units = ["You can stop. Help is there, day or night.", "A heading", "e.g. this counts as one sentence."];

        var lengths = ReadabilityScore.SentenceLengths(units);

        Assert.Equal([3, 6, 2, 7], lengths); // "e.g." is two words, but does not end the sentence.
        Assert.Equal(ReadabilityScore.Measure(units).Sentences, lengths.Count);
        Assert.Equal(ReadabilityScore.Measure(units).Words, lengths.Sum());
    }

    [Fact]
    public void Of_TenLengths_GivesNearestRankPercentilesAndTheMedian()
    {
        var spread = SentenceSpread.Of([12, 3, 8, 20, 5, 9, 7, 30, 10, 6]);

        Assert.Equal(new SentenceSpread(10, 3, 3, 8.5, 20, 30), spread);
    }

    [Fact]
    public void Of_OddCount_MedianIsTheMiddleLength()
    {
        Assert.Equal(7, SentenceSpread.Of([9, 7, 2]).Median);
    }

    [Fact]
    public void Of_Nothing_IsAllZero()
    {
        Assert.Equal(default, SentenceSpread.Of(Array.Empty<int>()));
        Assert.Equal(default, SentenceSpread.Of(Array.Empty<string>()));
    }

    [Fact]
    public void Of_ChoppyText_HasANarrowSpread()
    {
        var choppy = SentenceSpread.Of([string.Concat(Enumerable.Repeat("Stop now. Call a friend. ", 20))]);
        var varied = SentenceSpread.Of(["Stop now. When an urge comes, it helps to remember that it will pass, because urges rise and then fall like a wave. Call a friend."]);

        Assert.Equal((2, 3), (choppy.Low, choppy.High));
        Assert.Equal((2, 21), (varied.Low, varied.High));
    }
}
