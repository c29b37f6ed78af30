using System.Text;

namespace SelfHelp.Content.Catalogue;

/// <summary>Exercise codes as people say and type them.</summary>
internal static class ExerciseCode
{
    /// <summary>Longest code an editor may give, before normalising.</summary>
    public const int MaxLength = 12;

    /// <summary>
    /// Keeps letters and digits only, in upper case, so that "7.2", "7-2", " 7 2 " and "72" are the same code.
    /// </summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var builder = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>True when an editor's code uses only letters, digits, dots and dashes, starting with a letter or digit.</summary>
    public static bool IsWellFormed(string code) =>
        code.Length is > 0 and <= MaxLength
        && char.IsAsciiLetterOrDigit(code[0])
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
}
