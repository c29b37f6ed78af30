using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Loading;

/// <summary>Reads the YAML inside an exercise, starting-point or reflection block.</summary>
internal static class FormReader
{
    private static readonly string[] ExerciseKeys = ["id", "code", "title", "minutes", "intro", "fields"];
    private static readonly string[] FieldKeys = ["id", "type", "label", "hint", "low", "high", "options", "items", "support-at", "plan"];
    private static readonly string[] StartingPointKeys = ["question", "hint", "low", "high", "support-at"];
    private static readonly string[] ReflectionKeys = ["title", "intro", "questions"];
    private static readonly string[] FieldTypes = ["text", "scale", "checklist", "list"];
    private static readonly string[] ScaleEndKeys = ["low", "high"];

    // The starting point and reflection use these ids for their answers, so an exercise cannot.
    private static readonly string[] ReservedIds = ["starting-point", "reflection"];

    private const string ExerciseExample = """
        :::exercise
        id: my-reasons
        code: 2.1
        title: My reasons to stop
        fields:
          - id: reasons
            type: text
            label: What are your reasons?
        :::
        """;

    private const string StartingPointExample = """
        :::starting-point
        question: How sure do you feel that you can stop?
        low: Not sure at all
        high: Completely sure
        :::
        """;

    private const string ReflectionExample = """
        :::reflection
        questions:
          - What stood out for you?
        :::
        """;

    /// <summary>
    /// Reads a form block whose YAML starts at file line <paramref name="firstLine"/>; null when it has errors.
    /// <paramref name="renderIntro"/> renders an intro's Markdown, reporting its problems on the given line.
    /// </summary>
    public static FormSource? Read(string name, string yaml, int firstLine, ProblemList problems, Func<string, int, string> renderIntro)
    {
        return name switch
        {
            "exercise" => ReadExercise(yaml, firstLine, problems, renderIntro),
            "starting-point" => ReadStartingPoint(yaml, firstLine, problems),
            _ => ReadReflection(yaml, firstLine, problems, renderIntro),
        };
    }

    private static FormSource? ReadExercise(string yaml, int firstLine, ProblemList problems, Func<string, int, string> renderIntro)
    {
        var map = YamlMap.Parse(yaml, firstLine, problems, "exercise", ExerciseExample);
        if (map is null)
        {
            return null;
        }

        var errorsBefore = problems.ErrorCount;
        map.RejectUnknownKeys(ExerciseKeys);
        var id = map.String("id", required: true, "Give the exercise a stable id, such as 'my-reasons'. Answers are saved under it, so never change it.");
        if (id is not null && !Slug.IsValidId(id))
        {
            problems.Error(map.LineOf("id"), $"The exercise id '{id}' is not valid.", "Use lower-case letters, digits and single dashes, such as 'my-reasons'.");
        }
        else if (id is not null && ReservedIds.Contains(id))
        {
            problems.Error(map.LineOf("id"), $"The exercise id '{id}' is kept for the module's {id.Replace('-', ' ')}.", "Give the exercise an id that says what it is about, such as 'my-reasons'.");
        }

        var code = map.String("code", required: true, "Give the exercise a short code that can be read out on the phone, such as '2.1' or 'R3'.");
        if (code is not null && !ExerciseCode.IsWellFormed(code))
        {
            problems.Error(map.LineOf("code"), $"The exercise code '{code}' is not valid.", $"Use up to {ExerciseCode.MaxLength} letters, digits, dots or dashes, starting with a letter or digit, such as '2.1'.");
        }

        var title = map.String("title", required: true, "Give the exercise a short title.");
        var minutes = map.Int("minutes", 1, 120, "Estimated minutes, for example 'minutes: 5'.") ?? 5;
        var intro = map.String("intro", required: false, "Write the instructions as text.");
        var fields = ReadFields(map, problems);
        if (problems.ErrorCount > errorsBefore || id is null || code is null || title is null)
        {
            return null;
        }

        var introHtml = intro is null ? null : renderIntro(intro, map.LineOf("intro"));
        return new FormSource(new FormBlockPart(FormKind.Exercise, id, code, title, introHtml, minutes, fields), map.LineOf("id"), map.LineOf("code"));
    }

    private static ImmutableArray<FormField> ReadFields(YamlMap exercise, ProblemList problems)
    {
        const string hint = "Each field needs an id, a type (text, scale, checklist or list) and a label.";
        if (!exercise.Has("fields"))
        {
            problems.Error(exercise.Line, "The exercise has no 'fields'.", hint);
            return [];
        }

        var errorsBefore = problems.ErrorCount;
        var fields = ImmutableArray.CreateBuilder<FormField>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in exercise.MapList("fields", "exercise field", hint))
        {
            map.RejectUnknownKeys(FieldKeys);
            var id = map.String("id", required: true, "Give each field a stable id, such as 'reasons'.");
            var type = map.String("type", required: true, hint);
            var label = map.String("label", required: true, "The label is the question the person answers.");
            if (id is not null && !Slug.IsValidId(id))
            {
                problems.Error(map.LineOf("id"), $"The field id '{id}' is not valid.", "Use lower-case letters, digits and single dashes.");
            }
            else if (id is not null && !ids.Add(id))
            {
                problems.Error(map.LineOf("id"), $"Two fields in this exercise have the id '{id}'.", "Give each field its own id.");
            }

            if (type is not null && !FieldTypes.Contains(type))
            {
                var suggestion = Suggest.Closest(type, FieldTypes);
                problems.Error(map.LineOf("type"), $"Unknown field type '{type}'.", (suggestion is null ? "" : $"Did you mean '{suggestion}'? ") + "Types: text, scale, checklist, list.");
                continue;
            }

            var options = map.StringList("options", "List the options, one per line starting with '- '.");
            if (type == "checklist" && options.Length < 2)
            {
                problems.Error(map.Line, "A checklist needs at least two 'options'.", "List the options under 'options:', one per line starting with '- '.");
            }
            else if (type is not null && type != "checklist" && options.Length > 0)
            {
                problems.Error(map.LineOf("options"), $"'options' only goes with checklists, not '{type}'.", "Remove 'options', or change the type to checklist.");
            }

            var items = map.Int("items", 1, 10, "How many items the list asks for, from 1 to 10.");
            if (items is not null && type is not null && type != "list")
            {
                problems.Error(map.LineOf("items"), $"'items' only goes with lists, not '{type}'.", "Remove 'items', or change the type to list.");
            }

            if (type == "scale" && ScaleEndKeys.Any(k => !map.Has(k)))
            {
                problems.Error(map.Line, "A scale needs 'low' and 'high'.", "Say what 1 and 10 mean, such as 'low: Not at all' and 'high: Completely'. They are shown with the question.");
            }

            foreach (var end in ScaleEndKeys.Append("support-at").Where(k => type is not null && type != "scale" && map.Has(k)))
            {
                problems.Error(map.LineOf(end), $"'{end}' only goes with scales, not '{type}'.", $"Remove '{end}', or change the type to scale.");
            }

            var supportAt = type == "scale" ? ReadSupportAt(map, problems) : null;
            var plan = ReadPlan(map, type, problems);

            if (id is null || type is null || label is null)
            {
                continue;
            }

            var kind = Enum.Parse<FieldKind>(type, ignoreCase: true);
            fields.Add(new FormField(
                id,
                kind,
                label,
                map.String("hint", required: false, "A hint is one line of text."),
                map.String("low", required: false, "What 1 means on the scale."),
                map.String("high", required: false, "What 10 means on the scale."),
                options,
                kind == FieldKind.List ? items ?? 3 : 0)
            {
                SupportAt = supportAt,
                Plan = plan,
            });
        }

        if (fields.Count == 0 && problems.ErrorCount == errorsBefore)
        {
            problems.Error(exercise.LineOf("fields"), "The exercise has no fields.", hint);
        }

        return fields.ToImmutable();
    }

    /// <summary>The plan section a field feeds (<c>plan: warning-signs</c>), or null. A rating has no place in a plan.</summary>
    private static Plan.PlanSection? ReadPlan(YamlMap map, string? type, ProblemList problems)
    {
        var names = string.Join(", ", Plan.PlanSections.Names);
        var name = map.String("plan", required: false, $"Name the section of My plan that shows this answer: one of {names}.");
        if (name is null)
        {
            return null;
        }

        if (type == "scale")
        {
            problems.Error(map.LineOf("plan"), "A scale cannot go into My plan.", "My plan holds words, lists and ticked options. Remove 'plan' from this field.");
            return null;
        }

        if (Plan.PlanSections.Find(name) is { } section)
        {
            return section;
        }

        var suggestion = Suggest.Closest(name, Plan.PlanSections.Names);
        problems.Error(map.LineOf("plan"), $"'{name}' is not a section of My plan.", (suggestion is null ? "" : $"Did you mean '{suggestion}'? ") + $"Sections: {names}.");
        return null;
    }

    private static FormSource? ReadStartingPoint(string yaml, int firstLine, ProblemList problems)
    {
        var map = YamlMap.Parse(yaml, firstLine, problems, "starting point", StartingPointExample);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(StartingPointKeys);
        var question = map.String("question", required: true, "Write the question the person rates from 1 to 10.");
        var low = map.String("low", required: true, "Say what 1 means, such as 'Not sure at all'.");
        var high = map.String("high", required: true, "Say what 10 means, such as 'Completely sure'.");
        if (question is null || low is null || high is null)
        {
            return null;
        }

        var supportAt = ReadSupportAt(map, problems);
        var field = new FormField("rating", FieldKind.Scale, question, map.String("hint", required: false, "A hint is one line of text."), low, high, [], 0)
        {
            SupportAt = supportAt,
        };
        return new FormSource(new FormBlockPart(FormKind.StartingPoint, "starting-point", null, question, null, 1, [field]), firstLine - 1, firstLine - 1);
    }

    /// <summary>
    /// The ratings that bring support at once (<c>support-at: 1</c> or <c>support-at: 9-10</c>), or null. Meant for the
    /// extreme end of a scale, such as 1 on "How has your mood been?" (Very low).
    /// </summary>
    private static RatingRange? ReadSupportAt(YamlMap map, ProblemList problems)
    {
        const string hint = "Write the rating, or a range of ratings, that should bring support straight away, such as 'support-at: 1' or 'support-at: 9-10'. Use the end of the scale that means the person is struggling most.";
        var text = map.String("support-at", required: false, hint);
        if (text is null)
        {
            return null;
        }

        var line = map.LineOf("support-at");
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(parts[^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var to)
            || from is < 1 or > 10 || to is < 1 or > 10 || from > to)
        {
            problems.Error(line, $"'support-at' must be a rating from 1 to 10, or a range such as 9-10, not '{text}'.", hint);
            return null;
        }

        if (from != 1 && to != 10)
        {
            problems.Warning(line, $"'support-at: {text}' is in the middle of the scale.", "Support straight away is meant for the most extreme answers: use 1 (or 1-2) or 10 (or 9-10), whichever end means the person is struggling most.");
        }

        return new RatingRange(from, to);
    }

    private static FormSource? ReadReflection(string yaml, int firstLine, ProblemList problems, Func<string, int, string> renderIntro)
    {
        var map = YamlMap.Parse(yaml, firstLine, problems, "reflection", ReflectionExample);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(ReflectionKeys);
        var questions = map.StringList("questions", "List the questions, one per line starting with '- '.");
        if (questions.Length == 0)
        {
            problems.Error(map.Line, "The reflection has no 'questions'.", "List one to three questions under 'questions:', each on a line starting with '- '.");
            return null;
        }

        var title = map.String("title", required: false, "The title is one line of text.") ?? "";
        var intro = map.String("intro", required: false, "Write the instructions as text.");
        var fields = questions.Select((q, i) => new FormField($"q{i + 1}", FieldKind.Text, q, null, null, null, [], 0)).ToImmutableArray();
        var introHtml = intro is null ? null : renderIntro(intro, map.LineOf("intro"));
        return new FormSource(new FormBlockPart(FormKind.Reflection, "reflection", null, title, introHtml, 2 * questions.Length, fields), firstLine - 1, firstLine - 1);
    }
}
