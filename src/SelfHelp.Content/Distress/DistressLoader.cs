using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Distress;

/// <summary>
/// Reads <c>distress.yml</c> from a language folder into a <see cref="DistressDetector"/>, checking every rule on the
/// way and reporting each mistake on its line. Never throws for anything in the file. The syntax is described at the
/// top of the bundled file and in <c>docs/safety.md</c>.
/// </summary>
internal static partial class DistressLoader
{
    /// <summary>The file, inside a language folder, that holds the rules.</summary>
    public const string FileName = "distress.yml";

    private const int MaxWithin = 12;

    private static readonly (string Key, DistressKind Kind)[] Kinds =
    [
        ("suicide", DistressKind.Suicide),
        ("self-harm", DistressKind.SelfHarm),
        ("child-at-risk", DistressKind.ChildAtRisk),
    ];

    private static readonly string[] FileKeys = ["spellings", "ignore", "words", "negation", "suicide", "self-harm", "child-at-risk", "near"];
    private static readonly string[] NegationKeys = ["before", "after", "within", "kinds"];
    private static readonly string[] NearKeys = ["kind", "within", "these", "and"];

    private const string Example = """
        spellings:
          my self: myself
          wanna: want to
        ignore: [really, just]
        words:
          kill: kill kills killing killed
          child: child children kid kids
        suicide:
          - "{kill} myself"
          - end ... my life
        self-harm:
          - hurt myself
        child-at-risk:
          - child is in danger
        near:
          - kind: child-at-risk
            within: 6
            these: ["{child}"]
            and: [alone with]
        """;

    /// <summary>
    /// Loads and checks <c>distress.yml</c> in <paramref name="languageFolder"/> (for example <c>content/en</c>).
    /// Problems are reported against the path relative to the content folder (<c>en/distress.yml</c>). The detector
    /// holds every rule without errors, so that one bad rule does not switch the others off.
    /// </summary>
    public static (DistressDetector Detector, IReadOnlyList<ContentProblem> Problems) Load(string languageFolder)
    {
        ArgumentNullException.ThrowIfNull(languageFolder);
        var (file, problems) = ContentFile.Locate(languageFolder, FileName);
        var detector = DistressDetector.Empty;
        ContentFile.Guard(problems, () =>
        {
            if (!File.Exists(file))
            {
                problems.Error(0, $"There is no '{FileName}'.", $"The site needs it to notice when someone writes that they or a child may be in danger, and cannot run without it. Create {Path.Combine(languageFolder, FileName)}, for example:{Environment.NewLine}{Example}");
            }
            else if (ContentFile.Read(file, "A list of rules", problems) is { } text)
            {
                detector = Parse(text, problems) ?? DistressDetector.Empty;
            }
        });
        return (detector, [.. problems.Items.OrderBy(p => p.Line)]);
    }

    private static DistressDetector? Parse(string text, ProblemList problems)
    {
        var map = YamlMap.Parse(text, 1, problems, "distress rules file", Example);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(FileKeys);
        var spellings = ReadSpellings(map, problems);
        var groups = ReadGroups(map, spellings, problems);
        var reader = new PatternReader(spellings, groups.ToDictionary(g => g.Group.Name, g => g.Group, StringComparer.Ordinal), problems);
        var negation = ReadNegation(map, reader, problems);
        var phrases = ReadPhrases(map, reader, problems);
        var near = ReadNear(map, reader, problems);
        foreach (var (group, line) in groups.Where(g => !reader.UsedGroups.Contains(g.Group.Name)))
        {
            problems.Warning(line, $"The word group '{group.Name}' is not used by any rule.", $"Use it in a rule as '{{{group.Name}}}', or remove it.");
        }

        return new DistressDetector(spellings, phrases, near, negation);
    }

    private static Spellings ReadSpellings(YamlMap file, ProblemList problems)
    {
        const string hint = "Under 'spellings:', write each way people write something, then ':' and how to read it, such as 'my self: myself' or 'wanna: want to'.";
        var spellings = new List<(string[] From, string[] To)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        if (file.Map("spellings", "spellings", hint) is { } map)
        {
            foreach (var key in map.Keys)
            {
                var line = map.LineOf(key);
                var to = map.String(key, required: true, hint);
                var fromWords = DistressText.Words(key);
                var toWords = to is null ? [] : DistressText.Words(to);
                if (fromWords.Count == 0 || (to is not null && toWords.Count == 0))
                {
                    problems.Error(line, $"The spelling '{key}: {to}' has no letters or digits on one side.", hint);
                }
                else if (to is null)
                {
                    continue;
                }
                else if (fromWords.SequenceEqual(toWords))
                {
                    problems.Warning(line, $"The spelling '{key}' is read as itself.", "Case, punctuation and apostrophes are already ignored ('Don't' is read as 'dont'): remove this line.");
                }
                else if (seen.TryGetValue(string.Join(' ', fromWords), out var first))
                {
                    problems.Warning(line, $"The spelling '{key}' is already listed on line {first}.", "Spellings are compared ignoring case, punctuation and apostrophes, and only the first one counts: remove this one.");
                }
                else
                {
                    seen[string.Join(' ', fromWords)] = line;
                    spellings.Add(([.. fromWords], [.. toWords]));
                }
            }
        }

        var ignored = new List<string>();
        foreach (var (word, line) in file.StringItems("ignore", "Under 'ignore:', list single words to drop before matching, such as '- really'."))
        {
            var words = DistressText.Words(word);
            if (words.Count != 1)
            {
                problems.Error(line, $"'{word}' under 'ignore' is not one word.", "List single words, one per line, such as '- really'.");
            }
            else
            {
                ignored.Add(words[0]);
            }
        }

        return new Spellings(spellings, ignored);
    }

    private static List<(WordGroup Group, int Line)> ReadGroups(YamlMap file, Spellings spellings, ProblemList problems)
    {
        const string hint = "Under 'words:', write a group's name, ':' and its words separated by spaces, such as 'kill: kill kills killing killed'. A range such as '1-17' stands for every number in it.";
        var groups = new List<(WordGroup, int)>();
        if (file.Map("words", "word groups", hint) is not { } map)
        {
            return groups;
        }

        foreach (var name in map.Keys)
        {
            var line = map.LineOf(name);
            if (!GroupName().IsMatch(name))
            {
                problems.Error(line, $"The word group name '{name}' is not valid.", "Use lower-case letters, digits and dashes, starting with a letter, such as 'kill' or 'child'.");
                continue;
            }

            var words = new List<string>();
            var ranges = new List<(int, int)>();
            var errorsBefore = problems.ErrorCount;
            foreach (var (item, itemLine) in map.StringItems(name, hint))
            {
                foreach (var entry in item.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (NumberRange().Match(entry) is { Success: true } range)
                    {
                        var (from, to) = (int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture));
                        if (from > to)
                        {
                            problems.Error(itemLine, $"The range '{entry}' in the word group '{name}' runs backwards.", $"Write the smaller number first, such as '{to}-{from}'.");
                        }
                        else
                        {
                            ranges.Add((from, to));
                        }

                        continue;
                    }

                    var read = spellings.ReadWords(entry);
                    if (read.Length != 1)
                    {
                        var why = read.Length == 0 ? "is dropped by 'ignore' or has no letters" : $"is read as '{string.Join(' ', read)}' (see 'spellings')";
                        problems.Error(itemLine, $"'{entry}' in the word group '{name}' {why}.", "A group holds single words as they are read after spellings; write the word it is read as, or use a rule instead.");
                    }
                    else
                    {
                        words.Add(read[0]);
                    }
                }
            }

            if (words.Count == 0 && ranges.Count == 0)
            {
                if (problems.ErrorCount == errorsBefore)
                {
                    problems.Error(line, $"The word group '{name}' has no words.", hint);
                }

                continue;
            }

            groups.Add((new WordGroup(name, words, ranges), line));
        }

        return groups;
    }

    private static Negation ReadNegation(YamlMap file, PatternReader reader, ProblemList problems)
    {
        const string hint = "Write 'negation:' with 'kinds:' (such as '[child-at-risk]'), 'within:' (how many words away, such as 8), and 'before:' and 'after:', lists of rules such as '- never' and '- in ... {images}'.";
        if (file.Map("negation", "negation", hint) is not { } map)
        {
            return Negation.None;
        }

        map.RejectUnknownKeys(NegationKeys);
        var before = map.StringItems("before", hint).Select(i => reader.Read(i.Value, i.Line)).OfType<Pattern>().ToImmutableArray();
        var after = map.StringItems("after", hint).Select(i => reader.Read(i.Value, i.Line)).OfType<Pattern>().ToImmutableArray();
        var within = map.Int("within", 1, MaxWithin, hint) ?? 6;
        var kinds = ImmutableHashSet.CreateBuilder<DistressKind>();
        foreach (var (name, line) in map.StringItems("kinds", hint))
        {
            if (KindOf(name, line, problems) is { } kind)
            {
                kinds.Add(kind);
            }
        }

        return new Negation(before, after, within, kinds.ToImmutable());
    }

    private static List<PhraseRule> ReadPhrases(YamlMap file, PatternReader reader, ProblemList problems)
    {
        var rules = new List<PhraseRule>();
        var seen = new Dictionary<string, (string Key, int Line)>(StringComparer.Ordinal);
        foreach (var (key, kind) in Kinds)
        {
            var hint = $"List the rules under '{key}:', one per line starting with '- ', such as '- {ExampleOf(kind)}'.";
            if (!file.Has(key))
            {
                problems.Error(file.Line, $"The distress rules file has no '{key}' list.", hint);
                continue;
            }

            var errorsBefore = problems.ErrorCount;
            var items = file.StringItems(key, hint);
            if (items.IsEmpty && problems.ErrorCount == errorsBefore)
            {
                problems.Error(file.LineOf(key), $"The '{key}' list is empty.", hint);
            }

            foreach (var (text, line) in items)
            {
                if (reader.Read(text, line) is not { } pattern)
                {
                    continue;
                }

                var signature = Signature(pattern);
                if (seen.TryGetValue(signature, out var first))
                {
                    var where = first.Key == key ? "" : $" under '{first.Key}'";
                    problems.Warning(line, $"The rule '{text}' is already listed on line {first.Line}{where}.", "Rules are compared after spellings, ignoring case, punctuation and apostrophes, and only the first one counts: remove this one.");
                }
                else
                {
                    seen[signature] = (key, line);
                    rules.Add(new PhraseRule(kind, pattern));
                }
            }
        }

        return rules;
    }

    private static List<NearRule> ReadNear(YamlMap file, PatternReader reader, ProblemList problems)
    {
        const string hint = "Each 'near' rule has 'kind:' (such as child-at-risk), 'within:' (most words between, such as 6), and two lists of rules, 'these:' and 'and:'. It matches when one of each is in the same sentence.";
        var rules = new List<NearRule>();
        foreach (var map in file.MapList("near", "near rule", hint))
        {
            var errorsBefore = problems.ErrorCount;
            map.RejectUnknownKeys(NearKeys);
            var kindName = map.String("kind", required: true, hint);
            var kind = kindName is null ? null : KindOf(kindName, map.LineOf("kind"), problems);
            var within = map.Int("within", 0, MaxWithin, hint) ?? 5;
            var these = ReadList(map, "these");
            var and = ReadList(map, "and");
            if (problems.ErrorCount == errorsBefore && kind is { } k)
            {
                rules.Add(new NearRule(k, within, these, and, map.Line));
            }

            ImmutableArray<Pattern> ReadList(YamlMap near, string key)
            {
                var items = near.StringItems(key, hint);
                if (items.IsEmpty && !near.Has(key))
                {
                    problems.Error(near.Line, $"The near rule has no '{key}' list.", hint);
                }

                return [.. items.Select(i => reader.Read(i.Value, i.Line)).OfType<Pattern>()];
            }
        }

        return rules;
    }

    private static DistressKind? KindOf(string name, int line, ProblemList problems)
    {
        foreach (var (key, kind) in Kinds)
        {
            if (key == name)
            {
                return kind;
            }
        }

        var names = Kinds.Select(k => k.Key).ToList();
        var suggestion = Suggest.Closest(name, names);
        problems.Error(line, $"Unknown kind '{name}'.", (suggestion is null ? "" : $"Did you mean '{suggestion}'? ") + $"Kinds: {string.Join(", ", names)}.");
        return null;
    }

    private static string Signature(Pattern pattern) => string.Join(' ', pattern.Elements.Select(e => e switch
    {
        Pattern.Element.Literal l => l.Word,
        Pattern.Element.Group g => "{" + g.Words.Name + "}",
        Pattern.Element.Gap => "...",
        Pattern.Element.Not n => "!" + (n.Inner is Pattern.Element.Literal l ? l.Word : "{" + ((Pattern.Element.Group)n.Inner).Words.Name + "}"),
        _ => "?",
    }));

    private static string ExampleOf(DistressKind kind) => kind switch
    {
        DistressKind.Suicide => "end ... my life",
        DistressKind.SelfHarm => "hurt myself",
        _ => "child is in danger",
    };

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex GroupName();

    [GeneratedRegex(@"^(\d{1,4})-(\d{1,4})$")]
    private static partial Regex NumberRange();
}
