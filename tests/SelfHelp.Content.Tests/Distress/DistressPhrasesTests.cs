using SelfHelp.Content.Distress;

namespace SelfHelp.Content.Tests.Distress;

public class DistressPhrasesTests
{
    private readonly DistressPhrases _phrases = new(
    [
        (DistressKind.Suicide, "kill myself"),
        (DistressKind.Suicide, "don't want to be alive"),
        (DistressKind.Suicide, "end my life"),
        (DistressKind.SelfHarm, "hurt myself"),
        (DistressKind.SelfHarm, "self-harm"),
        (DistressKind.ChildInDanger, "child is in danger"),
        (DistressKind.ChildInDanger, "going to hurt a child"),
    ]);

    [Theory]
    [InlineData("Some days I want to kill myself.", DistressKind.Suicide)]
    [InlineData("I want to end my life", DistressKind.Suicide)]
    [InlineData("I don't want to be alive any more", DistressKind.Suicide)]
    [InlineData("I hurt myself last night", DistressKind.SelfHarm)]
    [InlineData("I self-harm when it gets bad", DistressKind.SelfHarm)]
    [InlineData("I think a child is in danger", DistressKind.ChildInDanger)]
    [InlineData("I feel like I am going to hurt a child", DistressKind.ChildInDanger)]
    public void Find_TextWithPhrase_ReturnsItsKind(string text, DistressKind kind)
    {
        Assert.Equal([kind], _phrases.Find(text));
    }

    [Theory]
    [InlineData("I went for a walk and felt calmer.")]
    [InlineData("I want to skill myself up at work.")]
    [InlineData("It helped to kill time by reading.")]
    [InlineData("My life will end up better if I stop.")]
    [InlineData("I looked after myself and did not hurt anyone.")]
    [InlineData("I'm working on self harmony.")]
    [InlineData("The child is in bed; no danger.")]
    [InlineData("")]
    public void Find_TextWithoutPhrase_ReturnsEmpty(string text)
    {
        Assert.Empty(_phrases.Find(text));
    }

    [Theory]
    [InlineData("KILL MYSELF")]
    [InlineData("kill   myself")]
    [InlineData("kill\nmyself")]
    [InlineData("...kill, myself!")]
    [InlineData("\"Kill myself\"")]
    [InlineData("I don’t want to be alive")]
    [InlineData("I dont want to be alive")]
    [InlineData("I DON'T WANT TO BE ALIVE!!!")]
    [InlineData("self harm")]
    [InlineData("Self–harm")]
    public void Find_CaseSpacingPunctuationAndApostrophes_AreIgnored(string text)
    {
        Assert.NotEmpty(_phrases.Find(text));
    }

    /// <summary>
    /// Negation is not understood, on purpose: a false alarm only shows a kind message with helplines, while trying
    /// to understand negation would risk missing someone who needs help.
    /// </summary>
    [Fact]
    public void Find_NegatedPhrase_StillMatchesByDesign()
    {
        Assert.Equal([DistressKind.Suicide], _phrases.Find("I would never kill myself."));
    }

    [Fact]
    public void Find_SeveralKinds_ReturnsEachOnce()
    {
        var kinds = _phrases.Find("I hurt myself. I want to kill myself. I want to kill myself. A child is in danger.");

        Assert.Equal([DistressKind.Suicide, DistressKind.SelfHarm, DistressKind.ChildInDanger], kinds.Order());
    }

    [Fact]
    public void Find_PhraseAtTheVeryEnd_Matches()
    {
        Assert.Equal([DistressKind.Suicide], _phrases.Find("end my life"));
        Assert.Empty(_phrases.Find("end my"));
    }

    [Fact]
    public void Find_PhraseLikeRegexSyntax_IsMatchedAsPlainWords()
    {
        var phrases = new DistressPhrases([(DistressKind.Suicide, "(.*) end [it] all")]);

        Assert.Empty(phrases.Find("anything at all"));
        Assert.Equal([DistressKind.Suicide], phrases.Find("I want to end it all"));
    }

    [Fact]
    public void Find_EmptyPhrases_FindsNothing()
    {
        Assert.Empty(DistressPhrases.Empty.Find("I want to kill myself"));
        Assert.Equal(0, DistressPhrases.Empty.Count);
    }

    [Fact]
    public void Count_IsTheNumberOfPhrases()
    {
        Assert.Equal(7, _phrases.Count);
    }

    [Fact]
    public void Find_LongAnswer_IsFast()
    {
        var answer = string.Concat(Enumerable.Repeat("I am trying hard to change my life. ", 28));
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        for (var i = 0; i < 1_000; i++)
        {
            _phrases.Find(answer);
        }

        // About 20 microseconds each in a Debug build; the bound only catches an accidental quadratic or regex.
        Assert.InRange(stopwatch.ElapsedMilliseconds, 0, 2_000);
    }
}
