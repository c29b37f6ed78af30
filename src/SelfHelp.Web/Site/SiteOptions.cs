using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Web.Site;

/// <summary>What the operator calls the site, who runs it, and where people reach it.</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    /// <summary>
    /// The <see cref="Operator"/> that appsettings.json ships with. Outside Development the site refuses to start
    /// with it: the About page, which a wary person reads first, must name who really runs the site.
    /// </summary>
    public const string PlaceholderOperator = "the SelfHelp project (set Site:Operator to your organisation's name)";

    /// <summary>Shown in the header and the browser tab. Keep it neutral: others may see the tab.</summary>
    [Required(ErrorMessage = "Site:Name must be set; it is shown in the header and the browser tab.")]
    [StringLength(40, ErrorMessage = "Site:Name must be 40 characters or fewer.")]
    public string Name { get; set; } = "";

    /// <summary>The name in another language, where it differs (<c>Site:Names:de</c> = <c>Selbsthilfe</c>); else <see cref="Name"/>.</summary>
    public Dictionary<string, string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The site's name in a language.</summary>
    public string NameIn(string language) => Names.GetValueOrDefault(language) is { Length: > 0 and <= 40 } name ? name : Name;

    /// <summary>Who runs the site, shown on the About page: the charity or service's name.</summary>
    [Required(ErrorMessage = "Site:Operator must name who runs the site; it is shown on the About page.")]
    [StringLength(120, ErrorMessage = "Site:Operator must be 120 characters or fewer.")]
    public string Operator { get; set; } = "";

    /// <summary>One or two sentences about the operator, in their own words (optional).</summary>
    [StringLength(600, ErrorMessage = "Site:OperatorAbout must be 600 characters or fewer.")]
    public string? OperatorAbout { get; set; }

    /// <summary>The operator's own website, https (optional).</summary>
    [RegularExpression("^https://[^\\s]+$", ErrorMessage = "Site:OperatorWebsite must be a full https:// address.")]
    public string? OperatorWebsite { get; set; }

    /// <summary>
    /// The site's onion service address (for example <c>abc...xyz.onion</c>), when there is one. Tor Browser then
    /// offers to switch to it through the <c>Onion-Location</c> header.
    /// </summary>
    [RegularExpression("^[a-z2-7]{56}\\.onion$", ErrorMessage = "Site:OnionAddress must be a v3 onion address: 56 letters a-z or digits 2-7, then .onion.")]
    public string? OnionAddress { get; set; }

    /// <summary>
    /// The address people reach the site at: a scheme and host name, and a port only when it is not the usual one,
    /// such as <c>https://help.example.org</c>. sitemap.xml and robots.txt build their absolute URLs from it (never
    /// from the request's Host header), and the Host names the site answers to are derived from it.
    /// </summary>
    [Required(ErrorMessage = "Site:PublicOrigin must be set to the address people reach the site at, such as https://help.example.org.")]
    public string PublicOrigin { get; set; } = "";

    /// <summary><see cref="PublicOrigin"/> as a URI; null until it is valid.</summary>
    public Uri? PublicOriginUri => TryOrigin(PublicOrigin);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(PublicOrigin) && PublicOriginUri is null)
        {
            yield return new ValidationResult(
                "Site:PublicOrigin must be a scheme and host only, http or https, such as https://help.example.org (no path, query or user name).",
                [nameof(PublicOrigin)]);
        }
    }

    private static Uri? TryOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
        && uri.HostNameType is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6
            ? new Uri(uri.GetLeftPart(UriPartial.Authority))
            : null;
}
