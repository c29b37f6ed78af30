namespace SelfHelp.Content.Tests.Helplines;

/// <summary>
/// Builds helplines.yml text with lines the tests can count: the header (one region, gb) is lines 1 to 4, and each
/// helpline entry is eight lines (id, name, purpose, description, phone, regions, source, checked) plus any keys added.
/// In <see cref="Valid"/> the three helplines start on lines 5, 13 and 21, so an appended entry starts on line 29.
/// </summary>
internal static class HelplineYaml
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public const string Header = "regions:\n  - code: gb\n    name: United Kingdom\nhelplines:\n";

    public static string Valid => Header + Entry("stop-it-now", "own-behaviour") + Entry("samaritans", "crisis") + Entry("emergency", "emergency", ("phone", "\"999\""));

    /// <summary>
    /// One helpline entry. Each change replaces the value of a key, removes the key when the value is null, or adds the
    /// key at the end when the entry does not have it.
    /// </summary>
    public static string Entry(string id, string purpose, params (string Key, string? Value)[] changes)
    {
        var pairs = new List<(string Key, string? Value)>
        {
            ("id", id),
            ("name", $"Name of {id}"),
            ("purpose", purpose),
            ("description", $"What {id} is for."),
            ("phone", "0800 123 4567"),
            ("regions", "[gb]"),
            ("source", "example.org"),
            ("checked", "2026-11-01"),
        };
        foreach (var (key, value) in changes)
        {
            var index = pairs.FindIndex(p => p.Key == key);
            if (index < 0)
            {
                pairs.Add((key, value));
            }
            else
            {
                pairs[index] = (key, value);
            }
        }

        var lines = pairs.Where(p => p.Value is not null).Select((p, i) => $"{(i == 0 ? "  - " : "    ")}{p.Key}: {p.Value}\n");
        return string.Concat(lines);
    }

    /// <summary>Writes <paramref name="yaml"/> as helplines.yml in a new language folder.</summary>
    public static TempContent Write(string yaml)
    {
        var content = new TempContent();
        File.WriteAllText(Path.Combine(content.Folder, "helplines.yml"), yaml);
        return content;
    }
}
