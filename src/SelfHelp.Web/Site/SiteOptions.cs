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
}
