using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Distress;
using SelfHelp.Content.Feedback;
using SelfHelp.Content.Guide;
using SelfHelp.Content.Helplines;
using SelfHelp.Content.Readability;
using SelfHelp.Content.Retired;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Loading;

/// <summary>The outcome of loading a content folder: the catalogue of every module that loaded, and every problem.</summary>
/// <param name="Catalogue">Modules without errors.</param>
/// <param name="Problems">Errors and warnings, in file and line order.</param>
public sealed record ContentLoadResult(ContentCatalogue Catalogue, ImmutableArray<ContentProblem> Problems)
{
    /// <summary>The helplines (loaded by <see cref="ContentLoader.LoadSite"/>; empty otherwise).</summary>
    public HelplineDirectory Helplines { get; init; } = HelplineDirectory.Empty;

    /// <summary>The distress phrases (loaded by <see cref="ContentLoader.LoadSite"/>; empty otherwise).</summary>
    public DistressDetector Distress { get; init; } = DistressDetector.Empty;

    /// <summary>Exercise codes no longer used, and where their exercises went (loaded by <see cref="ContentLoader.LoadSite"/>).</summary>
    public RetiredCodes RetiredCodes { get; init; } = RetiredCodes.Empty;

    /// <summary>The "where to start" questionnaire, or <see cref="StartGuide.None"/> (loaded by <see cref="ContentLoader.LoadSite"/>).</summary>
    public StartGuide StartGuide { get; init; } = StartGuide.None;

    /// <summary>The optional questions asked after each module and the programme (loaded by <see cref="ContentLoader.LoadSite"/>).</summary>
    public FeedbackQuestions Feedback { get; init; } = FeedbackQuestions.None;

    /// <summary>The editors' guide for a hard moment (<c>now.md</c>), or <see cref="Urge.UrgeGuide.None"/> (loaded by <see cref="ContentLoader.LoadSite"/>).</summary>
    public Urge.UrgeGuide UrgeGuide { get; init; } = Urge.UrgeGuide.None;

    /// <summary>The weekly check-in's questions (<c>check-in.yml</c>), or <see cref="CheckIns.CheckInQuestions.None"/> (loaded by <see cref="ContentLoader.LoadSite"/>).</summary>
    public CheckIns.CheckInQuestions CheckIn { get; init; } = CheckIns.CheckInQuestions.None;

    /// <summary>The reading level of every module that could be read, in programme order, including modules held back by errors.</summary>
    public ImmutableArray<ModuleReadability> Readability { get; init; } = [];

    /// <summary>True when any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == Severity.Error);

    /// <summary>The errors only.</summary>
    public IEnumerable<ContentProblem> Errors => Problems.Where(p => p.Severity == Severity.Error);
}
