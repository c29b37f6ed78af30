using SelfHelp.Content.Distress;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Distress;

/// <summary>The phrases the site ships with, in content/en/distress.yml.</summary>
public class BundledDistressTests
{
    private readonly (DistressPhrases Phrases, IReadOnlyList<ContentProblem> Problems) _result = DistressLoader.Load(BundledContent.EnglishFolder);

    [Fact]
    public void Load_BundledPhrases_HasNoProblems()
    {
        Assert.True(_result.Problems.Count == 0, string.Join(Environment.NewLine, _result.Problems));
        Assert.InRange(_result.Phrases.Count, 45, 90);
    }

    [Theory]
    [InlineData("Sometimes I just want to kill myself.", DistressKind.Suicide)]
    [InlineData("I don’t want to be alive any more", DistressKind.Suicide)]
    [InlineData("Everyone would be better off without me", DistressKind.Suicide)]
    [InlineData("I keep thinking about ending my life", DistressKind.Suicide)]
    [InlineData("I would never kill myself", DistressKind.Suicide)]
    [InlineData("When it gets bad I cut myself", DistressKind.SelfHarm)]
    [InlineData("I've started self-harming again", DistressKind.SelfHarm)]
    [InlineData("I feel I deserve to be hurt", DistressKind.SelfHarm)]
    [InlineData("I'm scared I'm going to hurt a child", DistressKind.ChildInDanger)]
    [InlineData("I think a child is being abused next door", DistressKind.ChildInDanger)]
    [InlineData("I have arranged to meet a child this weekend", DistressKind.ChildInDanger)]
    public void Find_BundledPhrases_RecognisesPlainPhrasings(string text, DistressKind kind)
    {
        Assert.Equal([kind], _result.Phrases.Find(text));
    }

    [Theory]
    [InlineData("I want to build new skills and look after myself.")]
    [InlineData("I felt ashamed, then I went for a run and felt better.")]
    [InlineData("My reasons to stop: the children in those images are real, and I want to be someone my family can trust.")]
    [InlineData("I will keep going with the programme.")]
    [InlineData("Self harmony and balance matter to me.")]
    public void Find_BundledPhrases_LeavesOrdinaryAnswersAlone(string text)
    {
        Assert.Empty(_result.Phrases.Find(text));
    }
}
