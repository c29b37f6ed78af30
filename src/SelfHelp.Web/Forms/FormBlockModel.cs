using SelfHelp.Content.Catalogue;

namespace SelfHelp.Web.Forms;

/// <summary>
/// What the <c>_FormBlock</c> partial shows: one block of questions inside the page's single form (a step page posts
/// all its blocks at once).
/// </summary>
/// <param name="Form">The form to render.</param>
/// <param name="State">Saved or just-posted values, errors, and whether it was just saved.</param>
/// <param name="Button">
/// The text of the block's own Save button, which saves the whole page and comes back to this block; null for none
/// (the page's own buttons save it).
/// </param>
/// <param name="Heading">A heading to use instead of the form's own.</param>
/// <param name="Intro">A line of text under the heading.</param>
public sealed record FormBlockModel(FormBlockPart Form, FormState State, string? Button = null, string? Heading = null, string? Intro = null)
{
    public string TitleId => FieldNames.TitleId(Form);

    public string KindClass => Form.Kind switch
    {
        FormKind.StartingPoint => "starting-point",
        FormKind.Reflection => "reflection",
        _ => "exercise",
    };
}
