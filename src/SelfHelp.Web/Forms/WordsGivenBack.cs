namespace SelfHelp.Web.Forms;

/// <summary>
/// A failed post's fields, to show and to post again as they were sent: what a person typed in boxes they can read,
/// copy and change; the rest (which forms, which button, ratings, ticks, empty boxes) as hidden fields.
/// </summary>
/// <param name="Action">Where the post went (path base, path and query), where saving again posts.</param>
/// <param name="Fields">Every field in the order posted, except the old antiforgery token.</param>
public sealed record WordsGivenBack(string Action, IReadOnlyList<GivenBackField> Fields)
{
    /// <summary>A fresh antiforgery token when the words may be saved again from the page; otherwise null.</summary>
    public FormToken? Token { get; init; }

    /// <summary>The fields a person can see: what they typed.</summary>
    public IEnumerable<GivenBackField> Typed => Fields.Where(f => f.Typed);

    public static WordsGivenBack From(string action, IFormCollection form, string tokenField)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<GivenBackField>();
        foreach (var (name, values) in form)
        {
            if (name == tokenField)
            {
                continue;
            }

            foreach (var value in values)
            {
                fields.Add(new GivenBackField(name, value ?? "", IsTyped(name, value)));
            }
        }

        return new WordsGivenBack(action, fields);
    }

    /// <summary>
    /// Whether a value is words a person typed rather than a choice: not empty, not which forms, which button or a
    /// confirmation, and not one or two digits (the value of a rating or a tick box).
    /// </summary>
    private static bool IsTyped(string name, string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && name is not (FieldNames.Forms or FieldNames.Go or FieldNames.Confirm)
        && !(value.Length <= 2 && value.All(char.IsAsciiDigit));
}

/// <param name="Name">The field's name as posted.</param>
/// <param name="Value">Its value as posted.</param>
/// <param name="Typed">Whether it is words a person typed (shown in a box) rather than a choice (kept hidden).</param>
public sealed record GivenBackField(string Name, string Value, bool Typed);
