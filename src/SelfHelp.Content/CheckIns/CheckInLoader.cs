using System.Collections.Immutable;
using System.Globalization;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.CheckIns;

/// <summary>
/// Reads <c>check-in.yml</c>: the weekly check-in's questions and an optional wellbeing measure. Optional; without it
/// the site offers no check-in. Every mistake is reported on its line.
/// </summary>
public static class CheckInLoader
{
    /// <summary>The file, inside a language folder.</summary>
    public const string FileName = "check-in.yml";

    /// <summary>Most questions, so that a year of answers stays small in the person's cookie.</summary>
    public const int MaxQuestions = 8;

    private static readonly string[] FileKeys = ["intro", "questions", "wellbeing"];
    private static readonly string[] QuestionKeys = ["id", "type", "text", "short", "hint", "low", "high", "support-at"];
    private static readonly string[] WellbeingKeys = ["title", "intro", "source", "options", "multiplier", "support-at-or-below", "questions"];
    private static readonly string[] ItemKeys = ["id", "text", "short"];
    private static readonly string[] Types = ["days", "rating", "yes-no"];
    private static readonly string[] ScaleEnds = ["low", "high"];

    private const string Example = """
        intro: A few questions about the past seven days.
        questions:
          - id: urge-days
            type: days
            short: Days with urges
            text: On how many of the last 7 days did you have an urge to view?
          - id: mood
            type: rating
            short: Mood
            text: How has your mood been?
            low: Very low
            high: Very good
            support-at: 0-1
        """;

    /// <summary>Loads and checks the file; no check-in and no problems when it is absent.</summary>
    public static (CheckInQuestions Questions, IReadOnlyList<ContentProblem> Problems) Load(string languageFolder)
    {
        ArgumentNullException.ThrowIfNull(languageFolder);
        var (file, problems) = ContentFile.Locate(languageFolder, FileName);
        var result = CheckInQuestions.None;
        if (!File.Exists(file))
        {
            return (result, []);
        }

        ContentFile.Guard(problems, () =>
        {
            if (ContentFile.Read(file, "The check-in questions", problems) is { } text)
            {
                result = Parse(text, problems);
            }
        });
        return (result, [.. problems.Items.OrderBy(p => p.Line)]);
    }

    private static CheckInQuestions Parse(string text, ProblemList problems)
    {
        var map = YamlMap.Parse(text, 1, problems, "check-in questions file", Example);
        if (map is null)
        {
            return CheckInQuestions.None;
        }

        var errors = problems.ErrorCount;
        map.RejectUnknownKeys(FileKeys);
        var hint = $"Write the questions like this:{Environment.NewLine}{Example}";
        var intro = map.String("intro", required: true, "One or two sentences above the questions: about the past seven days, and that answers stay in the browser.") ?? "";
        var keys = new Dictionary<byte, string>();
        var questions = new List<CheckInQuestion>();
        foreach (var entry in map.MapList("questions", "question", hint))
        {
            entry.RejectUnknownKeys(QuestionKeys);
            var type = entry.String("type", required: true, "One of: days, rating, yes-no.");
            if (type is not null && !Types.Contains(type))
            {
                var suggestion = Suggest.Closest(type, Types);
                problems.Error(entry.LineOf("type"), $"Unknown question type '{type}'.", (suggestion is null ? "" : $"Did you mean '{suggestion}'? ") + "Types: days, rating, yes-no.");
                continue;
            }

            var kind = type switch { "days" => CheckInKind.Days, "rating" => CheckInKind.Rating, _ => CheckInKind.YesNo };
            if (ReadQuestion(entry, kind, [], keys, problems) is { } question)
            {
                questions.Add(question);
            }
        }

        if (questions.Count == 0 && problems.ErrorCount == errors)
        {
            problems.Error(map.LineOf("questions"), "The check-in has no questions.", hint);
        }
        else if (questions.Count > MaxQuestions)
        {
            problems.Error(map.LineOf("questions"), $"There are {questions.Count} questions; ask at most {MaxQuestions}.", "A check-in should take a minute: five questions are enough.");
        }

        var wellbeing = map.Has("wellbeing") ? ReadWellbeing(map, keys, problems) : null;
        return problems.ErrorCount > errors ? CheckInQuestions.None : new CheckInQuestions(intro, [.. questions], wellbeing);
    }

    private static CheckInQuestion? ReadQuestion(YamlMap entry, CheckInKind kind, ImmutableArray<string> options, Dictionary<byte, string> keys, ProblemList problems)
    {
        var id = entry.String("id", required: true, "Give each question a stable id, such as 'mood'. Answers are kept under it, so never change it.");
        var text = entry.String("text", required: true, "Write the question in plain words.");
        var shortName = entry.String("short", required: kind != CheckInKind.Choice, "A short name for charts and tables, such as 'Mood'.");
        if (id is null || text is null)
        {
            return null;
        }

        var line = entry.LineOf("id");
        if (!Slug.IsValidId(id))
        {
            problems.Error(line, $"'{id}' is not a valid question id.", "Use lower-case letters, digits and single dashes, such as 'mood'.");
            return null;
        }

        var key = CheckInQuestion.KeyFor(id);
        if (keys.TryGetValue(key, out var other))
        {
            problems.Error(line, other == id ? $"The question id '{id}' is used twice." : $"The question ids '{other}' and '{id}' would be kept under the same key.", "Give this question another id.");
            return null;
        }

        keys[key] = id;
        var low = kind == CheckInKind.Rating ? entry.String("low", required: true, "Say what 0 means, such as 'Very low'.") : null;
        var high = kind == CheckInKind.Rating ? entry.String("high", required: true, "Say what 10 means, such as 'Very good'.") : null;
        foreach (var end in ScaleEnds.Where(k => kind != CheckInKind.Rating && entry.Has(k)))
        {
            problems.Error(entry.LineOf(end), $"'{end}' only goes with ratings.", $"Remove '{end}'.");
        }

        var question = new CheckInQuestion(id, key, kind, text, kind == CheckInKind.YesNo ? ["No", "Yes"] : options)
        {
            Hint = entry.Has("hint") ? entry.String("hint", required: false, "A hint is one line of text.") : null,
            Low = low,
            High = high,
            ShortName = shortName ?? text,
        };
        return question with { SupportAt = ReadSupportAt(entry, question, problems) };
    }

    /// <summary><c>support-at: 0-1</c>: the answers that bring support at once; must lie within the question's answers.</summary>
    private static RatingRange? ReadSupportAt(YamlMap entry, CheckInQuestion question, ProblemList problems)
    {
        if (!entry.Has("support-at"))
        {
            return null;
        }

        var text = entry.String("support-at", required: false, "An answer or a range, such as 'support-at: 0-1'.") ?? "";
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            || from > to || to > question.Max)
        {
            problems.Error(entry.LineOf("support-at"), $"'support-at' must be an answer from 0 to {question.Max}, or a range such as 0-1, not '{text}'.", "Use the end of the answers that means the person is struggling most.");
            return null;
        }

        return new RatingRange(from, to);
    }

    private static WellbeingMeasure? ReadWellbeing(YamlMap file, Dictionary<byte, string> keys, ProblemList problems)
    {
        var map = file.Map("wellbeing", "wellbeing measure", "Give the measure a title, intro, source, options and questions.");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(WellbeingKeys);
        var title = map.String("title", required: true, "A heading, such as 'How you have been feeling'.");
        var intro = map.String("intro", required: true, "Say what it is and that it is optional.");
        var source = map.String("source", required: true, "Name the measure, who made it and its terms of use: a validated measure must be cited.");
        var options = map.StringList("options", "The answers, from the lowest score (0) to the highest.");
        var multiplier = map.Int("multiplier", 1, 100, "What the sum of the answers is multiplied by, such as 4 for the WHO-5.") ?? 1;
        var supportAt = map.Has("support-at-or-below") ? map.Int("support-at-or-below", 0, 1000, "The score at or below which support is offered at once.") : null;
        if (options.Length is < 2 or > 11)
        {
            problems.Error(map.LineOf("options"), $"The measure has {options.Length} answers; it needs 2 to 11.", "List the answers from the one scored 0 upwards.");
            return null;
        }

        var questions = new List<CheckInQuestion>();
        foreach (var entry in map.MapList("questions", "question", "Each question needs an id and its text."))
        {
            entry.RejectUnknownKeys(ItemKeys);
            if (ReadQuestion(entry, CheckInKind.Choice, options, keys, problems) is { } question)
            {
                questions.Add(question);
            }
        }

        if (questions.Count == 0 || title is null || intro is null || source is null)
        {
            return null;
        }

        return new WellbeingMeasure(title, intro, source, [.. questions], multiplier, supportAt);
    }
}
