using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Web.Keys;

/// <summary>Where the Data Protection key ring that encrypts progress cookies is kept.</summary>
public sealed class KeyRingOptions
{
    public const string Section = "KeyRing";

    /// <summary>A folder, relative to the content root or absolute. Never inside the repository's tracked files.</summary>
    [Required(ErrorMessage = "KeyRing:Path must name a folder for the Data Protection key ring.")]
    public string Path { get; set; } = "";
}
