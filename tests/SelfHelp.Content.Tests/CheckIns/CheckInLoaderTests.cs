using SelfHelp.Content.CheckIns;

namespace SelfHelp.Content.Tests.CheckIns;

/// <summary>Issue 18: the weekly check-in's questions come from content, checked on their lines.</summary>
public sealed class CheckInLoaderTests
{
    private const string Valid = """
        intro: A few questions.
        questions:
          - id: urge-days
            type: days
            short: Days with urges
            text: On how many days?
          - id: mood
            type: rating
            short: Mood
            text: How was your mood?
            low: Very low
            high: Very good
            support-at: 0-1
          - id: used-plan
            type: yes-no
            short: Used my plan
            text: Did you use your plan?
        """;

    private static (CheckInQuestions Questions, IReadOnlyList<SelfHelp.Content.Validation.ContentProblem> Problems) Load(string yaml)
    {
        using var content = new TempContent().WithFile(CheckInLoader.FileName, yaml);
        return CheckInLoader.Load(content.Folder);
    }

    [Fact]
    public void Load_ValidFile_ReadsEveryQuestionWithItsRange()
    {
        var (questions, problems) = Load(Valid);

        Assert.Empty(problems);
        Assert.Equal([CheckInKind.Days, CheckInKind.Rating, CheckInKind.YesNo], questions.Questions.Select(q => q.Kind));
        Assert.Equal([7, 10, 1], questions.Questions.Select(q => q.Max));
        Assert.True(questions.Questions[1].SupportAt!.Contains(0));
        Assert.False(questions.Questions[1].SupportAt!.Contains(2));
        Assert.Equal(CheckInQuestion.KeyFor("mood"), questions.Questions[1].Key);
        Assert.Null(questions.Wellbeing);
    }

    [Fact]
    public void Load_NoFile_OffersNoCheckIn()
    {
        using var content = new TempContent();

        var (questions, problems) = CheckInLoader.Load(content.Folder);

        Assert.False(questions.IsAvailable);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("type: days", "type: dayz", "Unknown question type 'dayz'")]
    [InlineData("support-at: 0-1", "support-at: 0-11", "'support-at' must be an answer from 0 to 10")]
    [InlineData("    low: Very low\n", "", "'low'")]
    [InlineData("id: used-plan", "id: Used Plan", "not a valid question id")]
    [InlineData("id: used-plan", "id: mood", "is used twice")]
    [InlineData("    short: Mood\n", "", "'short'")]
    public void Load_Mistake_IsAnErrorAndOffersNoCheckIn(string find, string replace, string message)
    {
        var (questions, problems) = Load(Valid.Replace(find, replace, StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Severity == SelfHelp.Content.Validation.Severity.Error && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.False(questions.IsAvailable);
    }

    [Fact]
    public void Load_TwoIdsWithTheSameKey_IsAnError()
    {
        // "strongest-urge" and "who5-interest" hash to the same one-byte key.
        Assert.Equal(CheckInQuestion.KeyFor("strongest-urge"), CheckInQuestion.KeyFor("who5-interest"));
        var yaml = Valid + "\n  - id: strongest-urge\n    type: days\n    short: A\n    text: A?\n  - id: who5-interest\n    type: days\n    short: B\n    text: B?\n";

        var (_, problems) = Load(yaml);

        Assert.Contains(problems, p => p.Message.Contains("would be kept under the same key", StringComparison.Ordinal));
    }

    [Fact]
    public void BundledFile_HasFiveQuestionsAndTheWho5_ScoredZeroToAHundred()
    {
        var (questions, problems) = CheckInLoader.Load(BundledContent.EnglishFolder);

        Assert.Empty(problems);
        Assert.Equal(["urge-days", "strongest-urge", "clear-days", "used-plan", "mood"], questions.Questions.Select(q => q.Id));
        var who5 = questions.Wellbeing!;
        Assert.Equal(5, who5.Questions.Length);
        Assert.All(who5.Questions, q => Assert.Equal(5, q.Max));
        Assert.Equal(100, who5.MaxScore);
        Assert.Equal(28, who5.SupportAtOrBelow);
        Assert.Equal(20, who5.Score(who5.Questions.ToDictionary(q => q.Key, _ => (byte)1)));
        Assert.Null(who5.Score(new Dictionary<byte, byte> { [who5.Questions[0].Key] = 5 }));
        Assert.Contains("WHO-5", who5.Source, StringComparison.Ordinal);
    }
}
