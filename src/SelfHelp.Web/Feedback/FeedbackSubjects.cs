using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Feedback;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Feedback;

/// <summary>When someone may be asked for feedback: after finishing a module, and after finishing the programme.</summary>
public static class FeedbackSubjects
{
    /// <summary>True when <paramref name="subject"/> is a module id or <c>programme</c>.</summary>
    public static bool Exists(ContentCatalogue catalogue, string subject)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return subject == FeedbackQuestions.Programme || catalogue.FindModule(subject) is not null;
    }

    /// <summary>
    /// True when the person has done what the questions ask about: finished the module, or, for the programme, every
    /// module on their suggested order (or every module, without one).
    /// </summary>
    public static bool Done(ContentCatalogue catalogue, ProgressState state, string subject)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(state);
        if (subject != FeedbackQuestions.Programme)
        {
            return state.For(subject).Completed;
        }

        var path = RecommendedPath.Modules(catalogue, state);
        var modules = path.IsEmpty ? catalogue.Modules : path;
        return !modules.IsEmpty && modules.All(m => state.For(m.Id).Completed);
    }

    /// <summary>True when the questions should be offered: feedback is on, done, and not given before.</summary>
    public static bool Offer(ContentCatalogue catalogue, FeedbackQuestions questions, ProgressState state, string subject, bool storeOn) =>
        storeOn && questions.IsAvailable && Done(catalogue, state, subject) && !state.FeedbackGiven.Contains(subject);
}
