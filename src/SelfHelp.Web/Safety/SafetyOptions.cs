using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Web.Safety;

/// <summary>The quick exit and the region whose helplines are shown by default.</summary>
public sealed class SafetyOptions : IValidatableObject
{
    public const string Section = "Safety";

    /// <summary>A neutral, everyday site that quick exit goes to. Must be https.</summary>
    [Required(ErrorMessage = "Safety:QuickExitUrl must be set to a neutral https site, such as a weather page.")]
    public string QuickExitUrl { get; set; } = "";

    /// <summary>
    /// A neutral site per language, where one suits readers of that language better (<c>Safety:QuickExitUrls:de</c>);
    /// other languages use <see cref="QuickExitUrl"/>. Each must be https.
    /// </summary>
    public Dictionary<string, string> QuickExitUrls { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The region (two lower-case letters, as in helplines.yml) shown until the person picks another.</summary>
    [Required(ErrorMessage = "Safety:DefaultRegion must be set, for example gb.")]
    [RegularExpression("^[a-z]{2}$", ErrorMessage = "Safety:DefaultRegion must be two lower-case letters, for example gb.")]
    public string DefaultRegion { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(QuickExitUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("Safety:QuickExitUrl must be a full https address, such as https://www.bbc.co.uk/weather.", [nameof(QuickExitUrl)]);
        }

        foreach (var (language, url) in QuickExitUrls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var each) || each.Scheme != Uri.UriSchemeHttps)
            {
                yield return new ValidationResult($"Safety:QuickExitUrls:{language} must be a full https address, such as https://www.dwd.de.", [nameof(QuickExitUrls)]);
            }
        }
    }
}
