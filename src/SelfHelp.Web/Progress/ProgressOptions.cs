using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Web.Progress;

/// <summary>How the progress cookie and the notebook's cookies are kept.</summary>
public sealed class ProgressOptions
{
    public const string Section = "Progress";

    /// <summary>A neutral name that says nothing about the site to someone reading a cookie list.</summary>
    [Required]
    [RegularExpression("^[a-z]{1,16}$", ErrorMessage = "Progress:CookieName must be 1 to 16 lower-case letters.")]
    public string CookieName { get; set; } = "state";

    /// <summary>How long the browser keeps the cookies after the last change.</summary>
    [Range(1, 400, ErrorMessage = "Progress:CookieDays must be from 1 to 400.")]
    public int CookieDays { get; set; } = 180;

    /// <summary>Largest progress cookie (steps read, ratings, preferences; no answers), in characters across its chunks.</summary>
    [Range(1000, 7800, ErrorMessage = "Progress:MaxCookieBytes must be from 1000 to 7800.")]
    public int MaxCookieBytes { get; set; } = 4000;

    /// <summary>
    /// Largest notebook (every answer cookie together), in characters: a full programme of writing takes about 25,000.
    /// With the progress cookie, the whole Cookie header stays under 30 KB, which Kestrel (48 KB here) and nginx (as
    /// configured in docs/deployment.md) accept (ADR 0002). Lower it only behind a proxy with smaller limits.
    /// </summary>
    [Range(4000, 28000, ErrorMessage = "Progress:MaxNotebookBytes must be from 4000 to 28000.")]
    public int MaxNotebookBytes { get; set; } = 28000;
}
