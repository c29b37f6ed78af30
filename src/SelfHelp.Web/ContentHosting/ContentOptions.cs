using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Web.ContentHosting;

/// <summary>Where the content is and whether to watch it for edits.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>
    /// The content root holding one folder per language (<c>../../content</c>), or a single language folder
    /// (<c>../../content/en</c>) for a site in one language; relative to the content root or absolute. Each language
    /// folder's name is its language (ADR 0010).
    /// </summary>
    [Required(ErrorMessage = "Content:Path must name the content folder, such as ../../content, or one language folder, such as ../../content/en.")]
    public string Path { get; set; } = "";

    /// <summary>The language served without a prefix in its URLs, when Content:Path holds several.</summary>
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>Reload when files change (Development). A broken edit keeps the last good content.</summary>
    public bool Watch { get; set; }
}
