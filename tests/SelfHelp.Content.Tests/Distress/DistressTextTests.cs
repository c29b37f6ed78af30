using SelfHelp.Content.Distress;

namespace SelfHelp.Content.Tests.Distress;

public class DistressTextTests
{
    [Theory]
    [InlineData("Don't  WANT to!", "dont want to")]
    [InlineData("I don’t want to", "i dont want to")]
    [InlineData("my kids' school", "my kids school")]
    [InlineData("a 14yo, a 14 y.o. girl", "a 14 yo a 14 y o girl")]
    [InlineData("self-harm", "self harm")]
    [InlineData("3.5 hours", "3 5 hours")]
    [InlineData("ｋｉｌｌ ｍｙｓｅｌｆ", "kill myself")]
    public void Sentences_WordsAreLowerCaseWithoutApostrophesAndSplitAtDigits(string text, string words)
    {
        Assert.Equal(words, string.Join(' ', DistressText.Sentences(text).SelectMany(s => s).Select(w => w.Text)));
    }

    [Theory]
    [InlineData("Ich würde NIE", "ich wuerde nie")]
    [InlineData("ich wuerde nie", "ich wuerde nie")]
    [InlineData("ÜBERDOSIS, Mädchen, größer", "ueberdosis maedchen groesser")]
    [InlineData("Maß STRASSE Straße", "mass strasse strasse")]
    [InlineData("14-Jährige", "14 jaehrige")]
    [InlineData("Ma\u0308dchen", "maedchen")]
    [InlineData("naïve café", "naïve café")]
    public void Sentences_GermanUmlautsAndSharpSAreSpelledOut(string text, string words)
    {
        Assert.Equal(words, string.Join(' ', DistressText.Sentences(text).SelectMany(s => s).Select(w => w.Text)));
    }

    [Fact]
    public void Sentences_GermanJoiningWordsStartANewClause()
    {
        var words = DistressText.Sentences("ich war nie allein und bin jetzt allein aber ok")[0];

        Assert.True(words.Single(w => w.Text == "und").Clause > words.Single(w => w.Text == "nie").Clause);
        Assert.True(words.Single(w => w.Text == "aber").Clause > words.Single(w => w.Text == "jetzt").Clause);
    }

    [Theory]
    [InlineData("I am fine. I want to die", 2)]
    [InlineData("one! two? three; four\nfive", 5)]
    [InlineData("item one\u001fitem two", 2)]
    [InlineData("a 14 y.o. girl", 2)]
    [InlineData("chatte mit einem aus der 8. klasse", 1)]
    [InlineData("am 3. ist schluss", 1)]
    [InlineData("She is 14. She said so", 2)]
    [InlineData("I am 14.\nshe said so", 2)]
    [InlineData("day 12. i am fine", 1)]
    [InlineData("...", 0)]
    public void Sentences_EndAtSentencePunctuationNewLinesAndControlCharacters(string text, int count)
    {
        Assert.Equal(count, DistressText.Sentences(text).Count);
    }

    [Fact]
    public void Sentences_CommasAndJoiningWordsStartANewClause()
    {
        var words = DistressText.Sentences("never mind, I am alone and scared but ok")[0];

        var clauses = words.Select(w => w.Clause).ToList();
        Assert.Equal(clauses[0], clauses[1]);
        Assert.True(clauses[2] > clauses[1]);
        Assert.True(words.Single(w => w.Text == "and").Clause > words.Single(w => w.Text == "alone").Clause);
        Assert.True(words.Single(w => w.Text == "but").Clause > words.Single(w => w.Text == "scared").Clause);
    }
}
