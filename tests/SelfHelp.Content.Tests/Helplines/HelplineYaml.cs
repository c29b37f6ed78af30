namespace SelfHelp.Content.Tests.Helplines;

/// <summary>
/// Builds helplines.yml text with lines the tests can count: the header (one region, gb) is lines 1 to 5, and each
/// helpline entry is eight lines (id, name, purpose, description, phone, regions, hours, sources) plus any keys added.
/// In <see cref="Valid"/> the three helplines start on lines 6, 14 and 22, so an appended entry starts on line 30.
/// </summary>
internal static class HelplineYaml
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public const string Header = "regions:\n  - code: gb\n    name: United Kingdom\n    time-zone: Europe/London\nhelplines:\n";

    public static string Valid => Header + Entry("stop-it-now", "own-behaviour") + Entry("samaritans", "crisis") + Entry("emergency", "emergency", ("phone", "\"999\""));

    /// <summary>A one-line 'sources' value: one source vouching for the given facts, verified on the service's own page.</summary>
    public static string Sources(string facts = "[phone, hours]", string? verified = "2026-11-01", string? own = "true", string url = "https://example.org/help") =>
        "[{url: \"" + url + "\", facts: " + facts + (own is null ? "" : ", own: " + own) + (verified is null ? "" : ", verified: " + verified) + "}]";

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
            ("hours", "always"),
            ("sources", Sources()),
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
