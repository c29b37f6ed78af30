using SelfHelp.Content.Catalogue;

namespace SelfHelp.Web.Forms;

/// <summary>
/// The one place that names a form's parts in HTML: the posted field names, the element ids, and the anchors an
/// error summary or a redirect points at. A step page posts all its forms at once, so names carry the form's id.
/// </summary>
public static class FieldNames
{
    /// <summary>The hidden field naming the forms a page posted (one value per form).</summary>
    public const string Forms = "forms";

    /// <summary>The button that says where to go after saving (<see cref="Go"/>).</summary>
    public const string Go = "go";

    /// <summary>The hidden field that confirms replacing saved progress with a file or code (the save page).</summary>
    public const string Confirm = "confirm";

    /// <summary>The posted name of a field: <c>{form}.{field}</c> (ids are slugs, so the dot cannot be in either).</summary>
    public static string Name(FormBlockPart form, FormField field) => $"{form.Id}.{field.Id}";

    /// <summary>The id of a field's input (for a group, the prefix of its inputs' ids).</summary>
    public static string Id(FormBlockPart form, FormField field) => $"f-{form.Id}-{field.Id}";

    /// <summary>The id of one input of a group: option <paramref name="index"/> of a scale, checklist or list.</summary>
    public static string Id(FormBlockPart form, FormField field, int index) =>
        $"{Id(form, field)}-{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static string HintId(FormBlockPart form, FormField field) => $"{Id(form, field)}-hint";

    public static string ErrorId(FormBlockPart form, FormField field) => $"{Id(form, field)}-error";

    public static string LimitId(FormBlockPart form, FormField field) => $"{Id(form, field)}-limit";

    /// <summary>
    /// The ids given, space-separated, for an <c>aria-describedby</c> attribute; null (no attribute) when every one
    /// is null. Pass null for a part that is not shown (no hint, no error).
    /// </summary>
    public static string? DescribedBy(params string?[] ids)
    {
        string? joined = null;
        foreach (var id in ids)
        {
            if (id is not null)
            {
                joined = joined is null ? id : $"{joined} {id}";
            }
        }
        return joined;
    }

    /// <summary>The id of a form's heading: where a page goes back to after saving it.</summary>
    public static string TitleId(FormBlockPart form) => TitleId(form.Id);

    public static string TitleId(string formId) => $"f-{formId}-title";

    /// <summary>Where an error summary link for a field should point: the field, or a group's first input.</summary>
    public static string Anchor(FormBlockPart form, FormField field) =>
        field.Kind switch
        {
            FieldKind.Scale => Id(form, field, 1),
            FieldKind.Checklist => Id(form, field, 0),
            FieldKind.List => Id(form, field, 1),
            _ => Id(form, field),
        };
}
