using Microsoft.Extensions.Options;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Safety;

/// <summary>
/// The safety information for the current request: the person's region and language (chosen by them and kept in their
/// progress cookie, never guessed from their address) and the helplines to show for it, read once per request.
/// </summary>
public sealed class SafetyContext(ContentStore content, ProgressStore progress, IOptions<SafetyOptions> options, TimeProvider clock)
{
    public const string RegionPreference = "region";

    /// <summary>The language chosen in a region whose services differ by language, such as French in Belgium.</summary>
    public const string LanguagePreference = "region-language";

    private RegionHelplines? _current;

    /// <summary>The helplines for this request, worked out on first use.</summary>
    public RegionHelplines Current => _current ??= Build();

    public HelplineDirectory Directory => Current.Directory;

    /// <summary>The neutral site quick exit goes to: the page's language's own (Safety:QuickExitUrls), else the site's.</summary>
    public string QuickExitUrl => options.Value.QuickExitUrls.GetValueOrDefault(content.Language) ?? options.Value.QuickExitUrl;

    public string RegionCode => Current.Region?.Code ?? options.Value.DefaultRegion;

    public Region? Region => Current.Region;

    public Helpline? OwnBehaviour => Current.OwnBehaviour;

    public Helpline? Crisis => Current.Crisis;

    public Helpline? Emergency => Current.Emergency;

    /// <summary>
    /// Reads a choice from the region picker: a region code ("gb") or a region code and one of its languages ("be-fr").
    /// Null when the choice is not one the directory offers.
    /// </summary>
    public static (Region Region, string? Language)? ParseChoice(HelplineDirectory directory, string? choice)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (string.IsNullOrEmpty(choice) || choice.Length > 12)
        {
            return null;
        }

        var parts = choice.Split('-', 2);
        if (directory.FindRegion(parts[0]) is not { } region)
        {
            return null;
        }

        return parts.Length switch
        {
            1 when region.Languages.IsEmpty => (region, null),
            1 => (region, region.Languages[0]),
            _ when region.Languages.Contains(parts[1]) => (region, parts[1]),
            _ => null,
        };
    }

    /// <summary>The picker's value for a region and language.</summary>
    public static string Choice(Region region, string? language)
    {
        ArgumentNullException.ThrowIfNull(region);
        return language is null ? region.Code : $"{region.Code}-{language}";
    }

    private RegionHelplines Build()
    {
        var directory = content.Helplines;
        var preferences = progress.Current.Preferences;
        var region = directory.FindRegion(preferences.GetValueOrDefault(RegionPreference) ?? "")
            ?? directory.FindRegion(options.Value.DefaultRegion)

            // A language whose helplines do not cover the site's default region (German has Germany, Austria and
            // Switzerland) starts from its own first region (ADR 0010).
            ?? (directory.Regions.IsEmpty ? null : directory.Regions[0]);
        var chosen = preferences.GetValueOrDefault(LanguagePreference);
        var language = region is null || region.Languages.IsEmpty
            ? null
            : chosen is not null && region.Languages.Contains(chosen) ? chosen : region.Languages[0];
        var local = region is null ? [] : directory.For(region.Code, language);
        return new RegionHelplines(directory, region, language, local, new HelplineClock(clock.GetUtcNow(), region?.TimeZone ?? TimeZoneInfo.Utc));
    }
}
