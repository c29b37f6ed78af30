using Markdig.Helpers;

namespace SelfHelp.Content.Extensions;

internal static class Fences
{
    /// <summary>Reads the block name after a run of colons (<c>:::exercise</c> gives "exercise") without moving the line.</summary>
    public static string PeekName(StringSlice line)
    {
        var c = line.CurrentChar;
        while (c == ':')
        {
            c = line.NextChar();
        }

        while (c.IsSpaceOrTab())
        {
            c = line.NextChar();
        }

        var start = line.Start;
        while (char.IsAsciiLetterOrDigit(c) || c == '-')
        {
            c = line.NextChar();
        }

        return line.Text is null || line.Start <= start ? "" : line.Text[start..line.Start];
    }
}
