using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Web.Security;

/// <summary>Limits on what one client may do.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Form posts one client may make a minute: far more than a person saving answers ever needs. Behind a reverse
    /// proxy every client shares the proxy's address, so this becomes a ceiling for the whole instance.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "Security:PostsPerMinute must be from 1 to 1000000.")]
    public int PostsPerMinute { get; set; } = 30;
}
