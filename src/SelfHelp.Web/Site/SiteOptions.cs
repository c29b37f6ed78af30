using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Web.Site;

/// <summary>What the operator calls the site.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>Shown in the header and the browser tab. Keep it neutral: others may see the tab.</summary>
    [Required(ErrorMessage = "Site:Name must be set; it is shown in the header and the browser tab.")]
    [StringLength(40, ErrorMessage = "Site:Name must be 40 characters or fewer.")]
    public string Name { get; set; } = "";

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
}
