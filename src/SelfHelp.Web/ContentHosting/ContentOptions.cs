using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Web.ContentHosting;

/// <summary>Where the content is and whether to watch it for edits.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>
    /// The language folder to serve, such as <c>../../content/en</c>, relative to the content root or absolute.
    /// Its name is the site's language.
    /// </summary>
    [Required(ErrorMessage = "Content:Path must name a language folder, such as ../../content/en.")]
    public string Path { get; set; } = "";

    /// <summary>Reload when files change (Development). A broken edit keeps the last good content.</summary>
    public bool Watch { get; set; }
}
