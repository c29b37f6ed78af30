using System.Collections.Immutable;

namespace SelfHelp.Content.CheckIns;

/// <summary>The weekly check-in, from <c>check-in.yml</c>: a few questions, and an optional wellbeing measure.</summary>
/// <param name="Intro">A sentence or two above the questions.</param>
/// <param name="Questions">The questions, in order.</param>
/// <param name="Wellbeing">The optional wellbeing measure, or null.</param>
public sealed record CheckInQuestions(string Intro, ImmutableArray<CheckInQuestion> Questions, WellbeingMeasure? Wellbeing)
{
    /// <summary>No check-in: the site does not offer one.</summary>
    public static readonly CheckInQuestions None = new("", [], null);

    /// <summary>True when there are questions to ask.</summary>
    public bool IsAvailable => !Questions.IsEmpty;

    /// <summary>Every question, the measure's included: what a stored answer's key can belong to.</summary>
    public IEnumerable<CheckInQuestion> All => Wellbeing is null ? Questions : Questions.Concat(Wellbeing.Questions);
}
