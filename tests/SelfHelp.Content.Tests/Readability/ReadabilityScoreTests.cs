using SelfHelp.Content.Readability;

namespace SelfHelp.Content.Tests.Readability;

public class ReadabilityScoreTests
{
    [Fact]
    public void Measure_KnownPassage_GivesFleschKincaidGrade()
    {
        // 6 words, 2 sentences; syllables 4 + 3 + 1 + 2 + 2 + 1 = 13.
        var score = ReadabilityScore.Measure("Understanding behaviour takes patience. People change.");

        Assert.Equal((6, 2, 13), (score.Words, score.Sentences, score.Syllables));
        Assert.Equal((0.39 * 6 / 2) + (11.8 * 13 / 6) - 15.59, score.Grade, 10);
        Assert.Equal(11.1, score.RoundedGrade);
    }

    [Fact]
    public void Measure_SimplePassage_CanBeBelowZero()
    {
        var score = ReadabilityScore.Measure("The cat sat on the mat. The mat was red.");

        Assert.Equal((10, 2, 10), (score.Words, score.Sentences, score.Syllables));
        Assert.Equal(-1.8, score.RoundedGrade);
    }

    [Theory]
    [InlineData("One. Two! Three? Four", 4)]
    [InlineData("Wait... what?! Really.", 3)]
    [InlineData("Call us, e.g. today, or at 9.30 tomorrow.", 1)]
    [InlineData("Ask for help (it works.) Then rest.", 2)]
    [InlineData("A heading without a full stop", 1)]
    [InlineData("...", 0)]
    public void Measure_Text_CountsSentences(string text, int expected)
    {
        Assert.Equal(expected, ReadabilityScore.Measure(text).Sentences);
    }

    [Theory]
    [InlineData("Don't stop now.", 3)]
    [InlineData("A self-help programme.", 3)]
    [InlineData("Call 0808 1000 900 — any time.", 6)]
    [InlineData("word - word", 2)]
    public void Measure_Text_CountsWords(string text, int expected)
    {
        Assert.Equal(expected, ReadabilityScore.Measure(text).Words);
    }

    [Fact]
    public void Measure_EachUnit_EndsASentence()
    {
        var score = ReadabilityScore.Measure(["A list item", "Another item", "A paragraph. With two sentences."]);

        Assert.Equal(4, score.Sentences);
        Assert.Equal(10, score.Words);
    }

    [Fact]
    public void Measure_NoWords_HasGradeZero()
    {
        var score = ReadabilityScore.Measure(["", "  ", "—"]);

        Assert.Equal(default, score);
        Assert.Equal(0, score.Grade);
        Assert.Equal(0, score.WordsPerSentence);
        Assert.Equal(0, score.SyllablesPerWord);
    }

    [Fact]
    public void Add_TwoScores_AddsTheirCounts()
    {
        var sum = new ReadabilityScore(10, 2, 14) + new ReadabilityScore(5, 1, 6);

        Assert.Equal(new ReadabilityScore(15, 3, 20), sum);
    }
}
