using System.Globalization;
using System.Text;

namespace SelfHelp.Content.Loading;

internal static class Slug
{
    public static bool IsValidId(string value) =>
        value.Length is > 0 and <= 60
        && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && value[0] != '-' && value[^1] != '-' && !value.Contains("--", StringComparison.Ordinal);

    /// <summary>Lower-case ASCII letters and digits joined by dashes; accents are dropped to their base letter.</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder();
        var dash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return builder.Length == 0 ? "step" : builder.ToString();
    }
}
