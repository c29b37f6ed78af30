using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SelfHelp.Web.Progress;

/// <summary>When the site suggests a pause. Never a block: the suggestion only ever adds a message.</summary>
public sealed class PacingOptions
{
    public const string Section = "Pacing";

    /// <summary>After finishing this many modules in one day, a person is kindly invited to pause.</summary>
    [Range(1, 100, ErrorMessage = "Pacing:ModulesPerDay must be from 1 to 100.")]
    public int ModulesPerDay { get; set; } = 3;

    /// <summary>The IANA time zone whose midnight starts a new day, such as Europe/London.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/London";
}
