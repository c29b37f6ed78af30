using SelfHelp.Content.Readability;

namespace SelfHelp.Content.Tests.Readability;

public class SyllableCounterTests
{
    [Theory]
    [InlineData("a", 1)]
    [InlineData("the", 1)]
    [InlineData("you", 1)]
    [InlineData("yes", 1)]
    [InlineData("time", 1)]
    [InlineData("while", 1)]
    [InlineData("whole", 1)]
    [InlineData("there", 1)]
    [InlineData("change", 1)]
    [InlineData("makes", 1)]
    [InlineData("times", 1)]
    [InlineData("helped", 1)]
    [InlineData("stopped", 1)]
    [InlineData("tried", 1)]
    [InlineData("don't", 1)]
    [InlineData("You're", 1)]
    [InlineData("Help", 1)]
    [InlineData("table", 2)]
    [InlineData("people", 2)]
    [InlineData("little", 2)]
    [InlineData("simple", 2)]
    [InlineData("places", 2)]
    [InlineData("changes", 2)]
    [InlineData("wanted", 2)]
    [InlineData("needed", 2)]
    [InlineData("agreed", 2)]
    [InlineData("going", 2)]
    [InlineData("being", 2)]
    [InlineData("really", 2)]
    [InlineData("yellow", 2)]
    [InlineData("children", 2)]
    [InlineData("patience", 2)]
    [InlineData("programme", 2)]
    [InlineData("self-help", 2)]
    [InlineData("images", 3)]
    [InlineData("adviser", 3)]
    [InlineData("counsellor", 3)]
    [InlineData("behaviour", 3)]
    [InlineData("understanding", 4)]
    [InlineData("7", 1)]
    [InlineData("0808", 1)]
    public void Count_Word_ReturnsItsSyllables(string word, int expected)
    {
        Assert.Equal(expected, SyllableCounter.Count(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("'")]
    public void Count_NoLetters_ReturnsZero(string word)
    {
        Assert.Equal(0, SyllableCounter.Count(word));
    }

    [Theory]
    [InlineData("rhythm")]
    [InlineData("shh")]
    [InlineData("Mr")]
    public void Count_WordWithoutVowelGroups_ReturnsAtLeastOne(string word)
    {
        Assert.Equal(1, SyllableCounter.Count(word));
    }
}
