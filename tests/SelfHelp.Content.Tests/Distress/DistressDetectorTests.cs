using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Distress;

namespace SelfHelp.Content.Tests.Distress;

/// <summary>One test per rule feature, each on the smallest rules that show it.</summary>
public class DistressDetectorTests
{
    private const string Kinds = """
        self-harm:
          - hurt myself
        child-at-risk:
          - child is in danger
        """;

    [Theory]
    [InlineData("I want to kill myself", true)]
    [InlineData("KILL   MYSELF!!", true)]
    [InlineData("kill. myself", false)]
    [InlineData("skill myself", false)]
    [InlineData("kill them myself", false)]
    public void Find_Words_MatchInOrderWithinOneSentence(string text, bool found)
    {
        var detector = DistressYaml.Detector("suicide:\n  - kill myself\n" + Kinds);

        Assert.Equal(found, detector.Find(text).Kinds.Contains(DistressKind.Suicide));
    }

    [Theory]
    [InlineData("killing myself", true)]
    [InlineData("killed myself", true)]
    [InlineData("kills myself", true)]
    [InlineData("killer myself", false)]
    public void Find_Group_MatchesAnyOfItsWords(string text, bool found)
    {
        var detector = DistressYaml.Detector("words:\n  kill: kill kills killing killed\nsuicide:\n  - \"{kill} myself\"\n" + Kinds);

        Assert.Equal(found, !detector.Find(text).IsEmpty);
    }

    [Theory]
    [InlineData("a 14 year old", true)]
    [InlineData("a 1 year old", true)]
    [InlineData("a 17 year old", true)]
    [InlineData("a 18 year old", false)]
    [InlineData("a 0 year old", false)]
    [InlineData("a fourteen year old", true)]
    [InlineData("a 99999999999 year old", false)]
    public void Find_GroupRange_MatchesEveryNumberInIt(string text, bool found)
    {
        var detector = DistressYaml.Detector("words:\n  age: 1-17 fourteen\nsuicide:\n  - kill myself\nself-harm:\n  - hurt myself\nchild-at-risk:\n  - \"{age} year old\"\n");

        Assert.Equal(found, detector.Find(text).ChildAtRisk);
    }

    [Theory]
    [InlineData("end my life", true)]
    [InlineData("end my whole life", true)]
    [InlineData("end my whole sorry life", true)]
    [InlineData("end it all, my whole sorry life", false)]
    [InlineData("end my whole sorry old life", false)]
    public void Find_Gap_StandsForUpToThreeWords(string text, bool found)
    {
        var detector = DistressYaml.Detector("suicide:\n  - end ... life\n" + Kinds);

        Assert.Equal(found, !detector.Find(text).IsEmpty);
    }

    [Theory]
    [InlineData("I want to end it", true)]
    [InlineData("I want to end it tonight", true)]
    [InlineData("I want to end it with her", false)]
    public void Find_NotAfterAWord_MeansThatWordMustNotComeNext(string text, bool found)
    {
        var detector = DistressYaml.Detector("suicide:\n  - end it !with\n" + Kinds);

        Assert.Equal(found, !detector.Find(text).IsEmpty);
    }

    [Theory]
    [InlineData("messaging kids online", true)]
    [InlineData("kids", true)]
    [InlineData("I message my kids", false)]
    [InlineData("I message our kids", false)]
    public void Find_NotBeforeTheFirstWord_MeansThatWordMustNotComeJustBefore(string text, bool found)
    {
        var detector = DistressYaml.Detector("suicide:\n  - kill myself\nself-harm:\n  - hurt myself\nchild-at-risk:\n  - \"!my !our kids\"\n");

        Assert.Equal(found, detector.Find(text).ChildAtRisk);
    }

    [Theory]
    [InlineData("i have been planning how to kill my self")]
    [InlineData("i wanna kill myself")]
    [InlineData("I just really want to kill myself")]
    [InlineData("dont want to live")]
    [InlineData("I don’t wanna live")]
    [InlineData("kms")]
    public void Find_Spellings_AreReadAsTheWordsTheyStandFor(string text)
    {
        var detector = DistressYaml.Detector("""
            spellings:
              my self: myself
              wanna: want to
              dont: do not
              kms: kill myself
            ignore: [just, really]
            suicide:
              - want to kill myself
              - kill myself
              - don't want to live
            self-harm:
              - hurt myself
            child-at-risk:
              - child is in danger
            """);

        Assert.True(detector.Find(text).NeedsCrisisSupport, text);
    }

    [Theory]
    [InlineData("I am alone with my niece tonight", true)]
    [InlineData("My niece, I am alone with her tonight", true)]
    [InlineData("I am alone with my thoughts. My niece is at school.", false)]
    [InlineData("I am alone with the radio on and the window open and my niece", false)]
    public void Find_NearRule_NeedsBothInOneSentenceWithinItsWords(string text, bool found)
    {
        var detector = DistressYaml.Detector("""
            suicide:
              - kill myself
            self-harm:
              - hurt myself
            child-at-risk:
              - child is in danger
            near:
              - kind: child-at-risk
                within: 4
                these: [niece]
                and: [alone with]
            """);

        Assert.Equal(found, detector.Find(text).ChildAtRisk);
    }

    [Theory]
    [InlineData("I might hurt a child", true)]
    [InlineData("I would never hurt a child", false)]
    [InlineData("I don't want to be someone who could hurt a child", false)]
    [InlineData("I never sleep, and I might hurt a child", true)]
    [InlineData("I hurt the children in the images", false)]
    [InlineData("I hurt a child, in my dreams the images come back", true)]
    public void Find_Negation_CancelsAMatchOfItsKindsBeforeOrAfterInTheSameClause(string text, bool found)
    {
        var detector = DistressYaml.Detector("""
            spellings:
              dont: do not
            words:
              images: images pictures
            negation:
              kinds: [child-at-risk]
              within: 6
              before: [never, do not want to]
              after: ["in ... {images}"]
            suicide:
              - kill myself
            self-harm:
              - hurt myself
            child-at-risk:
              - hurt ... child
              - hurt ... children
            """);

        Assert.Equal(found, detector.Find(text).ChildAtRisk);
    }

    [Fact]
    public void Find_Negation_LeavesOtherKindsAlone()
    {
        var detector = DistressYaml.Detector("""
            negation:
              kinds: [child-at-risk]
              before: [never]
            suicide:
              - kill myself
            self-harm:
              - hurt myself
            child-at-risk:
              - child is in danger
            """);

        Assert.True(detector.Find("I would never kill myself").NeedsCrisisSupport);
    }

    [Fact]
    public void Find_SeveralKinds_ReturnsEach()
    {
        var detector = DistressYaml.Detector(DistressYaml.Minimal);

        var result = detector.Find("I want to kill myself. I think a child is in danger. I hurt myself.");

        Assert.Equal([DistressKind.Suicide, DistressKind.SelfHarm, DistressKind.ChildAtRisk], result.Kinds);
        Assert.True(result.NeedsCrisisSupport);
        Assert.True(result.ChildAtRisk);
    }

    [Fact]
    public void Explain_ListsEveryMatchingRuleWithItsLine()
    {
        var detector = DistressYaml.Detector("suicide:\n  - kill myself\n  - want to ... myself\n" + Kinds);

        var matches = detector.Explain("I want to kill myself");

        Assert.Equal([new DistressMatch(DistressKind.Suicide, "kill myself", 2), new DistressMatch(DistressKind.Suicide, "want to ... myself", 3)], matches);
    }

    [Fact]
    public void Empty_FindsNothing()
    {
        Assert.True(DistressDetector.Empty.Find("I want to kill myself").IsEmpty);
    }

    [Fact]
    public void Find_LongText_IsQuick()
    {
        var detector = LoadBundled();
        var text = string.Concat(Enumerable.Repeat("I am alone with my thoughts and I want to feel better, ", 200));

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        detector.Find(text);

        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("mood", "1", true)]
    [InlineData("mood", "2", true)]
    [InlineData("mood", "3", false)]
    [InlineData("mood", "x", false)]
    [InlineData("sleep", "1", false)]
    [InlineData("notes", "I want to kill myself", true)]
    [InlineData("items", "fine\u001fI want to kill myself", true)]
    [InlineData("ticks", "0,1", false)]
    public void Check_Form_ReadsTextAndListsAndRatingsDeclaredForSupport(string field, string value, bool found)
    {
        var detector = DistressYaml.Detector(DistressYaml.Minimal);
        var form = new FormBlockPart(FormKind.Exercise, "how-i-am", "1.1", "How I am", null, 5,
        [
            new FormField("mood", FieldKind.Scale, "Mood", null, "Very low", "Very good", [], 0) { SupportAt = new RatingRange(1, 2) },
            new FormField("sleep", FieldKind.Scale, "Sleep", null, "Badly", "Well", [], 0),
            new FormField("notes", FieldKind.Text, "Notes", null, null, null, [], 0),
            new FormField("items", FieldKind.List, "Items", null, null, null, [], 2),
            new FormField("ticks", FieldKind.Checklist, "Ticks", null, null, null, ["kill myself", "other"], 0),
        ]);

        var result = detector.Check(form, ImmutableDictionary<string, string>.Empty.Add(field, value));

        Assert.Equal(found, !result.IsEmpty);
        Assert.Equal(found && field == "mood", result.OnlyRating);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\0\0")]
    [InlineData("''''''''''''''''")]
    [InlineData("...!!!???;;;")]
    [InlineData("\ud83d\ude00\ud83d\ude00 \ud800 kill \udc00 myself")]
    [InlineData("\u202Ekill myself\u202C")]
    [InlineData("ｋｉｌｌ ｍｙｓｅｌｆ")]
    [InlineData("99999999999999999999 year old")]
    [InlineData("1-17 year old")]
    public void Find_OddText_NeverThrows(string text)
    {
        var detector = LoadBundled();

        var result = detector.Find(text + string.Concat(Enumerable.Repeat(text, 50)));

        Assert.NotNull(result);
    }

    [Fact]
    public void Find_RandomText_NeverThrows()
    {
        var detector = LoadBundled();
        var random = new Random(15);

        for (var i = 0; i < 300; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 400)).Select(_ => (char)random.Next(0, 0x3000)).ToArray();
            Assert.NotNull(detector.Find(new string(chars)));
        }
    }

    internal static DistressDetector LoadBundled() => DistressLoader.Load(BundledContent.EnglishFolder).Detector;
}
