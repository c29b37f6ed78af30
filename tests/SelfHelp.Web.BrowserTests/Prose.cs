using System.Text.RegularExpressions;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// Natural prose that never repeats, the way people answer the exercises: consecutive passages of the bundled
/// modules' own text, with the Markdown taken out. Repeated or generated text would compress far better than real
/// writing and let a capacity test pass too easily.
/// </summary>
internal static partial class Prose
{
    private static readonly Lazy<string[]> Words = new(LoadWords);

    /// <summary><paramref name="count"/> words of prose: passage number <paramref name="index"/>, different for each index.</summary>
    public static string Passage(int index, int count)
    {
        var words = Words.Value;
        var start = (index * count) % Math.Max(1, words.Length - count);
        return string.Join(' ', words.Skip(start).Take(count));
    }

    private static string[] LoadWords()
    {
        var folder = Path.Combine(BrowserFixture.ContentPath, "modules");
        var words = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var text = FrontMatter().Replace(File.ReadAllText(file), "");
            text = Blocks().Replace(text, "");
            text = Markup().Replace(text, "");
            words.AddRange(text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        }

        return [.. words];
    }

    [GeneratedRegex(@"\A---.*?\n---", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^:::.*?^:::", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"[#*>`|]|\]\([^)]*\)|\[")]
    private static partial Regex Markup();
}
