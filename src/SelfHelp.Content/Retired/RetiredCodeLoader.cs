using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Retired;

/// <summary>
/// Reads <c>retired-codes.yml</c>: exercise codes that practitioners may still quote, though no exercise uses them
/// now. The file is optional. A retired code can never be given to another exercise, because someone may still
/// type it meaning the old one.
/// </summary>
internal static class RetiredCodeLoader
{
    /// <summary>The file, inside a language folder, that lists retired exercise codes.</summary>
    public const string FileName = "retired-codes.yml";

    /// <summary>Longest note, in characters.</summary>
    public const int MaxNoteLength = 300;

    private static readonly string[] FileKeys = ["retired"];
    private static readonly string[] EntryKeys = ["code", "moved-to", "note"];

    private const string Example = """
        retired:
          - code: "7.4"
            moved-to: "13.2"
            note: This exercise is now part of the module on staying stopped.
        """;

    /// <summary>Loads and checks the file against the live exercise codes of <paramref name="catalogue"/>.</summary>
    public static (RetiredCodes Codes, IReadOnlyList<ContentProblem> Problems) Load(string languageFolder, ContentCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(languageFolder);
        ArgumentNullException.ThrowIfNull(catalogue);
        var (file, problems) = ContentFile.Locate(languageFolder, FileName);
        var codes = RetiredCodes.Empty;
        if (!File.Exists(file))
        {
            return (codes, []);
        }

        ContentFile.Guard(problems, () =>
        {
            if (ContentFile.Read(file, "A list of retired codes", problems) is { } text)
            {
                codes = Parse(text, catalogue, problems);
            }
        });
        return (codes, [.. problems.Items.OrderBy(p => p.Line)]);
    }

    private static RetiredCodes Parse(string text, ContentCatalogue catalogue, ProblemList problems)
    {
        if (string.IsNullOrWhiteSpace(string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith('#')))))
        {
            return RetiredCodes.Empty;
        }

        var map = YamlMap.Parse(text, 1, problems, "retired codes file", Example);
        if (map is null)
        {
            return RetiredCodes.Empty;
        }

        map.RejectUnknownKeys(FileKeys);
        var hint = $"List each code that is no longer used, for example:{Environment.NewLine}{Example}";
        var seen = new Dictionary<string, (string Code, int Line)>(StringComparer.Ordinal);
        var codes = new List<RetiredCode>();
        foreach (var entry in map.MapList("retired", "retired code", hint))
        {
            entry.RejectUnknownKeys(EntryKeys);
            var code = entry.String("code", required: true, hint);
            var movedTo = entry.String("moved-to", required: false, "Give the code of the exercise that replaced it, such as \"13.2\", or leave 'moved-to' out when the exercise was removed.");
            var note = entry.String("note", required: false, "Write one or two plain sentences.");
            if (code is null)
            {
                continue;
            }

            var line = entry.LineOf("code");
            if (!ExerciseCode.IsWellFormed(code))
            {
                problems.Error(line, $"'{code}' is not a well-formed exercise code.", "Codes use letters, digits, dots and dashes only, such as 7.2.");
                continue;
            }

            var key = ExerciseCode.Normalize(code);
            if (seen.TryGetValue(key, out var first))
            {
                problems.Error(line, $"The retired code '{code}' is already listed on line {first.Line} as '{first.Code}'.", "List each retired code once. Codes are compared ignoring case, spaces, dots and dashes.");
                continue;
            }

            seen[key] = (code, line);
            if (catalogue.FindExercise(code) is { } live)
            {
                problems.Error(line, $"The code '{code}' is retired, but the exercise '{live.Id}' in module '{live.ModuleId}' uses '{live.Code}', which reads the same.", "A retired code must never be reused: people may still type it meaning the old exercise. Give the exercise a new code, or remove the code from this file if it was never published.");
                continue;
            }

            if (movedTo is not null && catalogue.FindExercise(movedTo) is null)
            {
                var suggestion = Suggest.Closest(movedTo, catalogue.Exercises.Select(e => e.Code!));
                problems.Error(entry.LineOf("moved-to"), $"'moved-to: {movedTo}' of the retired code '{code}' is not the code of any exercise.", suggestion is null ? "Give the code of a live exercise (see the exercise directory), or leave 'moved-to' out." : $"Did you mean '{suggestion}'?");
                movedTo = null;
            }

            if (note is { Length: > MaxNoteLength })
            {
                problems.Error(entry.LineOf("note"), $"The note of the retired code '{code}' is {note.Length} characters; it can be at most {MaxNoteLength}.", "Keep it to one or two short sentences.");
                note = null;
            }

            codes.Add(new RetiredCode(code, movedTo, note));
        }

        if (map.Has("retired") && codes.Count == 0 && seen.Count == 0)
        {
            problems.Warning(map.LineOf("retired"), "The 'retired' list is empty.", "That is fine: delete the file, or add codes when an exercise is removed or renumbered.");
        }

        return new RetiredCodes(codes);
    }
}
