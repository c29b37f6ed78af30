using System.Collections.Immutable;

namespace SelfHelp.Content.Feedback;

/// <summary>The feedback questions of a language folder (<c>feedback.yml</c>); none when the file is absent.</summary>
public sealed class FeedbackQuestions
{
    /// <summary>The subject id under which answers about the whole programme are counted.</summary>
    public const string Programme = "programme";

    /// <summary>A set of questions with the sentence shown above them.</summary>
    public FeedbackQuestions(IEnumerable<FeedbackQuestion> questions, string intro)
    {
        ArgumentNullException.ThrowIfNull(questions);
        Questions = [.. questions];
        Intro = intro;
    }

    /// <summary>No questions: nothing is asked.</summary>
    public static FeedbackQuestions None { get; } = new([], "");

    /// <summary>The questions, in the order they are asked.</summary>
    public ImmutableArray<FeedbackQuestion> Questions { get; }

    /// <summary>One or two sentences shown above the questions.</summary>
    public string Intro { get; }

    /// <summary>True when there are questions to ask.</summary>
    public bool IsAvailable => !Questions.IsEmpty;

    /// <summary>The question with this id, or null.</summary>
    public FeedbackQuestion? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);
}
