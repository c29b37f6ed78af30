using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SelfHelp.Web.Tests.Resources;

/// <summary>
/// Every UI text the code asks for by a literal key exists in Ui.resx. A missing key shows the key itself to the
/// person (the progress file once began with "# Save.File.Line1").
/// </summary>
public sealed partial class ResourceKeyTests
{
    [Fact]
    public void EveryLiteralKeyUsedInCode_IsInUiResx()
    {
        var web = Path.Combine(Paths.RepositoryRoot, "src", "SelfHelp.Web");
        var defined = XDocument.Load(Path.Combine(web, "Resources", "Ui.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Lookups().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.True(used.Count > 100, $"Only {used.Count} lookups found: the pattern has stopped matching the code.");
        var missing = used.Where(u => !defined.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void ThePattern_FindsAMissingKey()
    {
        // The test above would pass on code it cannot read; this shows it reads the forms the code uses.
        string[] samples = ["@T[\"A.Key\"]", "text[\"B.Key\", 3]", "_text[\"C.Key\"]", "T[\"D.Key\"].Value"];

        Assert.Equal(["A.Key", "B.Key", "C.Key", "D.Key"], samples.Select(s => Lookups().Match(s).Groups["key"].Value));
    }

    /// <summary>
    /// Every bundled language has its own UI text, with every key of Ui.resx and nothing else, and the same
    /// placeholders in each text: a missing key shows English mid-page, a missing {0} drops a number.
    /// </summary>
    [Fact]
    public void EveryBundledLanguage_HasEveryUiTextWithTheSamePlaceholders()
    {
        var resources = Path.Combine(Paths.RepositoryRoot, "src", "SelfHelp.Web", "Resources");
        var english = Texts(Path.Combine(resources, "Ui.resx"));
        var languages = Directory.EnumerateDirectories(Paths.BundledContentRoot)
            .Select(Path.GetFileName)
            .Where(l => l != "en" && Directory.Exists(Path.Combine(Paths.BundledContentRoot, l!, "modules")))
            .ToList();

        Assert.Contains("de", languages);
        foreach (var language in languages)
        {
            var file = Path.Combine(resources, $"Ui.{language}.resx");
            Assert.True(File.Exists(file), $"content/{language} has no Ui.{language}.resx: the site's own words would be in English.");
            var translated = Texts(file);
            Assert.Empty(english.Keys.Except(translated.Keys).Select(k => $"Ui.{language}.resx lacks {k}"));
            Assert.Empty(translated.Keys.Except(english.Keys).Select(k => $"Ui.{language}.resx has {k}, which Ui.resx does not"));
            Assert.Empty(english
                .Where(e => !Placeholders(e.Value).SequenceEqual(Placeholders(translated[e.Key])))
                .Select(e => $"{e.Key}: '{e.Value}' and '{translated[e.Key]}' have different placeholders"));
            Assert.Empty(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{t.Key} is empty in Ui.{language}.resx"));
        }
    }

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups["n"].Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(?<n>\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(?:T|text|_text)\[""(?<key>[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)""")]
    private static partial Regex Lookups();
}
