using SelfHelp.Content.Helplines;

namespace SelfHelp.Web.Safety;

/// <summary>
/// The helplines for one request, read once from one version of the content: the person's region and language, its
/// services in file order, the first of each purpose, and the clock that says which are open now. Immutable.
/// </summary>
public sealed record RegionHelplines(HelplineDirectory Directory, Region? Region, string? Language, IReadOnlyList<Helpline> Local, HelplineClock Clock)
{
    /// <summary>The region's service for people worried about their own thoughts or behaviour, in the chosen language.</summary>
    public Helpline? OwnBehaviour => First(HelplinePurpose.OwnBehaviour);

    /// <summary>The region's crisis line, in the chosen language.</summary>
    public Helpline? Crisis => First(HelplinePurpose.Crisis);

    /// <summary>The region's emergency number.</summary>
    public Helpline? Emergency => First(HelplinePurpose.Emergency);

    /// <summary>The region's name, with the chosen language when it has several, such as "Belgium (French)".</summary>
    public string? RegionName =>
        Region is null ? null : Language is null ? Region.Name : $"{Region.Name} ({Directory.LanguageName(Language)})";

    private Helpline? First(HelplinePurpose purpose) => Local.FirstOrDefault(h => h.Purpose == purpose);
}
