using Microsoft.Extensions.Options;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Safety;

/// <summary>
/// The safety information for the current request: the person's region (chosen by them and kept in their progress
/// cookie, never guessed from their address) and the helplines to show for it.
/// </summary>
public sealed class SafetyContext(ContentStore content, ProgressStore progress, IOptions<SafetyOptions> options)
{
    public const string RegionPreference = "region";

    public HelplineDirectory Directory => content.Helplines;

    public string QuickExitUrl => options.Value.QuickExitUrl;

    public string RegionCode
    {
        get
        {
            var chosen = progress.Current.Preferences.GetValueOrDefault(RegionPreference);
            return chosen is not null && Directory.FindRegion(chosen) is not null ? chosen : options.Value.DefaultRegion;
        }
    }

    public Region? Region => Directory.FindRegion(RegionCode);

    public Helpline? OwnBehaviour => Directory.First(RegionCode, HelplinePurpose.OwnBehaviour);

    public Helpline? Crisis => Directory.First(RegionCode, HelplinePurpose.Crisis);

    public Helpline? Emergency => Directory.First(RegionCode, HelplinePurpose.Emergency);
}
