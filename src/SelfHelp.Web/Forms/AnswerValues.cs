using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;
using SelfHelp.Content.Catalogue;

namespace SelfHelp.Web.Forms;

/// <summary>
/// Turns a posted form into stored answer values, and stored values back into what each field shows.
/// Every value is checked against the form's definition and bounded in size.
/// </summary>
public static class AnswerValues
{
    /// <summary>Longest free-text answer, in characters (about 700 words). Shown under every box before anyone types.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Longest list item, in characters.</summary>
    public const int MaxItemLength = 300;

    /// <summary>Separates the items of a list answer; a control character nobody types.</summary>
    public const char ItemSeparator = '\u001f';

    /// <summary>
    /// Reads one form's fields from a post. Values over a limit are kept whole (with an error), never cut, so the page
    /// can give them back.
    /// </summary>
    public static (ImmutableSortedDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors) Read(
        FormBlockPart form, Func<string, StringValues> posted, Func<string, object[], string> text)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(posted);
        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            var raw = posted(FieldNames.Name(form, field));
            var (value, error) = field.Kind switch
            {
                FieldKind.Text => ReadText(raw, text),
                FieldKind.Scale => ReadScale(raw, text),
                FieldKind.Checklist => ReadChecklist(field, raw, text),
                _ => ReadList(field, raw, text),
            };
            if (error is not null)
            {
                errors[field.Id] = error;
            }

            if (!string.IsNullOrEmpty(value))
            {
                values[field.Id] = value;
            }
        }

        return (values.ToImmutable(), errors);
    }

    /// <summary>The items of a list answer, or the ticked option indexes of a checklist answer.</summary>
    public static IReadOnlyList<string> Items(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(ItemSeparator);

    public static IReadOnlySet<int> Ticked(string? value) =>
        string.IsNullOrEmpty(value)
            ? new HashSet<int>()
            : value.Split(',').Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1).Where(i => i >= 0).ToHashSet();

    private static (string?, string?) ReadText(StringValues raw, Func<string, object[], string> text)
    {
        var value = Clean(raw.FirstOrDefault());
        return value.Length > MaxTextLength
            ? (value, text("Answer.TooLong", [MaxTextLength, value.Length]))
            : (value, null);
    }

    private static (string?, string?) ReadScale(StringValues raw, Func<string, object[], string> text)
    {
        var value = raw.FirstOrDefault();
        if (string.IsNullOrEmpty(value))
        {
            return (null, null);
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 10
            ? (number.ToString(CultureInfo.InvariantCulture), null)
            : (null, text("Answer.Scale", []));
    }

    private static (string?, string?) ReadChecklist(FormField field, StringValues raw, Func<string, object[], string> text)
    {
        var ticked = new SortedSet<int>();
        foreach (var value in raw)
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= field.Options.Length)
            {
                return (null, text("Answer.Checklist", []));
            }

            ticked.Add(index);
        }

        return (string.Join(',', ticked), null);
    }

    private static (string?, string?) ReadList(FormField field, StringValues raw, Func<string, object[], string> text)
    {
        var items = raw.Select(Clean).Select(i => i.ReplaceLineEndings(" ")).ToList();
        while (items.Count > 0 && items[^1].Length == 0)
        {
            items.RemoveAt(items.Count - 1);
        }

        var value = string.Join(ItemSeparator, items);
        if (items.Count > field.Items)
        {
            // Only a hand-made post can send more items than the page shows.
            return (string.Join(ItemSeparator, items.Take(field.Items)), text("Answer.ListCount", [field.Items]));
        }

        return items.Any(i => i.Length > MaxItemLength)
            ? (value, text("Answer.ItemTooLong", [MaxItemLength]))
            : (value, null);
    }

    /// <summary>Trims, unifies line endings and drops control characters other than new lines and tabs.</summary>
    private static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value.ReplaceLineEndings("\n"))
        {
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
