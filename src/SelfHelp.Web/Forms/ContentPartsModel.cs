using SelfHelp.Content.Catalogue;

namespace SelfHelp.Web.Forms;

/// <summary>What the <c>_ContentParts</c> partial shows: rendered Markdown and forms, in order.</summary>
/// <param name="Parts">The HTML was rendered from Markdown with raw HTML disabled.</param>
/// <param name="States">Form id to what the form shows; forms not listed are blank.</param>
/// <param name="BlockButton">The text of each form block's own Save button (which saves the whole page); null for none.</param>
public sealed record ContentPartsModel(IReadOnlyList<ContentPart> Parts, IReadOnlyDictionary<string, FormState>? States = null, string? BlockButton = null)
{
    public FormBlockModel Block(FormBlockPart form) => new(form, States?.GetValueOrDefault(form.Id) ?? FormState.Blank, BlockButton);
}
