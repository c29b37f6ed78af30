using SelfHelp.Content.Readability;

namespace SelfHelp.Content.Tests.Readability;

public class GermanReadabilityTests
{
    [Theory]
    [InlineData("Kind", 1)]
    [InlineData("Freiheit", 2)]
    [InlineData("Liebe", 2)]
    [InlineData("Gedanken", 3)]
    [InlineData("übernehmen", 4)]
    [InlineData("Verantwortung", 4)]
    [InlineData("Erlaubnis-Gedanken", 6)]
    [InlineData("110", 1)]
    public void Count_GermanWord_CountsVowelGroups(string word, int syllables) =>
        Assert.Equal(syllables, GermanSyllableCounter.Count(word));

    [Fact]
    public void Measure_WienerSachtextformel_MatchesTheFormulaWorkedByHand()
    {
        // 5 words, 1 sentence. Three or more syllables: Verantwortung (4), übernehmen (4), gemeinsam (3) = 60 %.
        // More than six letters: the same three = 60 %. One syllable: Die, wir = 40 %.
        // 0.1935 × 60 + 0.1672 × 5 + 0.1297 × 60 − 0.0327 × 40 − 0.875 = 18.045
        var score = ReadabilityScore.Measure(["Die Verantwortung übernehmen wir gemeinsam."], ReadingFormula.WienerSachtextformel);

        Assert.Equal((5, 1, 3, 3, 2), (score.Words, score.Sentences, score.LongSyllableWords, score.LongWords, score.OneSyllableWords));
        Assert.Equal(18.045, score.Grade, precision: 3);
    }

    [Fact]
    public void Measure_PlainGerman_ScoresFarBelowDenseGerman()
    {
        var plain = ReadabilityScore.Measure(["Sie sind nicht allein. Viele Menschen haben das schon geschafft. Sie können es auch."], ReadingFormula.WienerSachtextformel);
        var dense = ReadabilityScore.Measure(["Die strafrechtliche Verantwortlichkeit bemisst sich nach den einschlägigen Vorschriften des Strafgesetzbuches."], ReadingFormula.WienerSachtextformel);

        Assert.True(plain.Grade < 5, $"plain German scored {plain.Grade:0.0}");
        Assert.True(dense.Grade > 12, $"dense German scored {dense.Grade:0.0}");
    }

    [Fact]
    public void Add_KeepsTheGermanCounts()
    {
        var one = ReadabilityScore.Measure(["Das Kind."], ReadingFormula.WienerSachtextformel);
        var two = ReadabilityScore.Measure(["Verantwortung übernehmen."], ReadingFormula.WienerSachtextformel);

        var sum = one + two;

        Assert.Equal(ReadingFormula.WienerSachtextformel, sum.Formula);
        Assert.Equal((4, 2, 2, 2), (sum.Words, sum.LongSyllableWords, sum.LongWords, sum.OneSyllableWords));
    }

    [Theory]
    [InlineData("en", ReadingFormula.FleschKincaid)]
    [InlineData("en-GB", ReadingFormula.FleschKincaid)]
    [InlineData("de", ReadingFormula.WienerSachtextformel)]
    [InlineData("de-AT", ReadingFormula.WienerSachtextformel)]
    [InlineData("nl", null)]
    [InlineData("fr", null)]
    public void For_Language_GivesItsFormulaOrNone(string language, ReadingFormula? formula) =>
        Assert.Equal(formula, ReadingMeasures.For(language));
}
