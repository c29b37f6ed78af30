using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Web.Progress;

/// <summary>How the progress cookie is kept.</summary>
public sealed class ProgressOptions
{
    public const string Section = "Progress";

    /// <summary>A neutral name that says nothing about the site to someone reading a cookie list.</summary>
    [Required]
    [RegularExpression("^[a-z]{1,16}$", ErrorMessage = "Progress:CookieName must be 1 to 16 lower-case letters.")]
    public string CookieName { get; set; } = "state";

    /// <summary>How long the browser keeps the cookie after the last change.</summary>
    [Range(1, 400, ErrorMessage = "Progress:CookieDays must be from 1 to 400.")]
    public int CookieDays { get; set; } = 180;

    /// <summary>
    /// Largest encoded cookie value, in characters, across all its chunks. Keeps the whole Cookie header under the 8 KB
    /// that nginx and most proxies accept by default.
    /// </summary>
    [Range(2000, 7000, ErrorMessage = "Progress:MaxCookieBytes must be from 2000 to 7000.")]
    public int MaxCookieBytes { get; set; } = 6000;
}
