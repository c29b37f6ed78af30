using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Distress;

/// <summary>
/// Reads <c>distress.yml</c> from a language folder into <see cref="DistressPhrases"/>, checking every rule on the way.
/// Never throws for anything in the file.
/// </summary>
public static class DistressLoader
{
    /// <summary>The file, inside a language folder, that lists the distress phrases by kind.</summary>
    public const string FileName = "distress.yml";

    // Shorter phrases match too much ordinary writing.
    private const int MinPhraseLength = 3;


    private static readonly (string Key, DistressKind Kind)[] Kinds =
    [
        ("suicide", DistressKind.Suicide),
        ("self-harm", DistressKind.SelfHarm),
        ("child-in-danger", DistressKind.ChildInDanger),
    ];

    private const string Example = """
        suicide:
          - kill myself
          - end my life
        self-harm:
          - hurt myself
        child-in-danger:
          - child is in danger
        """;

    /// <summary>
    /// Loads and checks <c>distress.yml</c> in <paramref name="languageFolder"/> (for example <c>content/en</c>).
    /// Problems are reported against the path relative to the content folder (<c>en/distress.yml</c>). The phrases
    /// hold every phrase without errors, so that one bad phrase does not switch the others off.
    /// </summary>
    public static (DistressPhrases Phrases, IReadOnlyList<ContentProblem> Problems) Load(string languageFolder)
    {
        ArgumentNullException.ThrowIfNull(languageFolder);
        var root = Path.GetFullPath(languageFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(root) ?? root;
        var file = Path.Combine(root, FileName);
        var problems = new ProblemList(Path.GetRelativePath(parent, file));
        var phrases = DistressPhrases.Empty;
        try
        {
            if (Read(file, Path.Combine(languageFolder, FileName), problems) is { } text)
            {
                phrases = Parse(text, problems) ?? DistressPhrases.Empty;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The last line of defence for "loading never throws", as in ContentLoader.
            problems.Error(0, $"The file could not be processed ({ex.GetType().Name}: {ex.Message}).", "This is a fault in the site as well as in the file: tell the developers, and undo or simplify your last change to the file.");
        }

        return (phrases, [.. problems.Items.OrderBy(p => p.Line)]);
    }

    private static string? Read(string file, string shownPath, ProblemList problems)
    {
        if (!File.Exists(file))
        {
            problems.Error(0, $"There is no '{FileName}'.", $"The site needs it to notice when someone writes that they or a child may be in danger, and cannot run without it. Create {shownPath}, for example:{Environment.NewLine}{Example}");
            return null;
        }

        return ContentFile.Read(file, "A list of phrases", problems);
    }

    private static DistressPhrases? Parse(string text, ProblemList problems)
    {
        var map = YamlMap.Parse(text, 1, problems, "distress phrases file", Example);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys([.. Kinds.Select(k => k.Key)]);
        var phrases = new List<(DistressKind Kind, string Text)>();
        var seen = new Dictionary<string, (string Key, int Line)>(StringComparer.Ordinal);
        foreach (var (key, kind) in Kinds)
        {
            var hint = $"List the phrases under '{key}:', one per line starting with '- ', such as '- {ExampleOf(kind)}'.";
            if (!map.Has(key))
            {
                problems.Error(map.Line, $"The distress phrases file has no '{key}' list.", hint);
                continue;
            }

            var errorsBefore = problems.ErrorCount;
            var items = map.StringItems(key, hint);
            if (items.IsEmpty && problems.ErrorCount == errorsBefore)
            {
                problems.Error(map.LineOf(key), $"The '{key}' list is empty.", hint);
            }

            foreach (var (phrase, line) in items)
            {
                var normal = string.Join(' ', DistressPhrases.Words(phrase));
                if (normal.Length < MinPhraseLength)
                {
                    problems.Error(line, $"The phrase '{phrase}' is too short.", $"A phrase needs at least {MinPhraseLength} letters or digits; short words match too much ordinary writing. Write a few words, such as '{ExampleOf(kind)}'.");
                }
                else if (seen.TryGetValue(normal, out var first))
                {
                    var where = first.Key == key ? "" : $" under '{first.Key}'";
                    problems.Warning(line, $"The phrase '{phrase}' is already listed on line {first.Line}{where}.", "Phrases are compared ignoring case, punctuation and apostrophes, and only the first one counts: remove this one.");
                }
                else
                {
                    seen[normal] = (key, line);
                    phrases.Add((kind, phrase));
                }
            }
        }

        return new DistressPhrases(phrases);
    }

    private static string ExampleOf(DistressKind kind) => kind switch
    {
        DistressKind.Suicide => "end my life",
        DistressKind.SelfHarm => "hurt myself",
        _ => "child is in danger",
    };
}
