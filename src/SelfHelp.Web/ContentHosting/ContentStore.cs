using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Distress;
using SelfHelp.Content.Feedback;
using SelfHelp.Content.Guide;
using SelfHelp.Content.Helplines;
using SelfHelp.Content.Retired;
using SelfHelp.Content.Validation;

namespace SelfHelp.Web.ContentHosting;

/// <summary>
/// The content one request reads: a single snapshot, taken from <see cref="ContentSource"/> when the request first
/// asks for content and used for the rest of it (scoped). Everything here comes from that one snapshot, so a page,
/// its layout and its components always agree even when the folder is reloaded mid-request.
/// </summary>
public sealed class ContentStore
{
    private readonly ContentSnapshot _snapshot;

    public ContentStore(ContentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _snapshot = source.Current;
        Language = source.Language;
    }

    /// <summary>The language folder's name, such as <c>en</c>.</summary>
    public string Language { get; }

    public ContentCatalogue Catalogue => _snapshot.Content.Catalogue;

    public HelplineDirectory Helplines => _snapshot.Content.Helplines;

    public DistressDetector Distress => _snapshot.Content.Distress;

    public RetiredCodes RetiredCodes => _snapshot.Content.RetiredCodes;

    public StartGuide StartGuide => _snapshot.Content.StartGuide;

    /// <summary>The optional questions asked after each module and after the programme; none without <c>feedback.yml</c>.</summary>
    public FeedbackQuestions Feedback => _snapshot.Content.Feedback;

    /// <summary>The editors' guide for a hard moment; none without <c>now.md</c>.</summary>
    public SelfHelp.Content.Urge.UrgeGuide UrgeGuide => _snapshot.Content.UrgeGuide;

    /// <summary>The weekly check-in's questions; none without <c>check-in.yml</c>.</summary>
    public SelfHelp.Content.CheckIns.CheckInQuestions CheckIn => _snapshot.Content.CheckIn;

    /// <summary>The errors of the most recent load; empty when it was clean.</summary>
    public ImmutableArray<ContentProblem> Errors => _snapshot.Errors;
}
