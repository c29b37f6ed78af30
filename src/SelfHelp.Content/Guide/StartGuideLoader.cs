using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Guide;

/// <summary>Reads and checks <c>start.yml</c>, the optional "where to start" questionnaire. Never throws for anything in the file.</summary>
internal static class StartGuideLoader
{
    /// <summary>The file, inside a language folder, that holds the questionnaire.</summary>
    public const string FileName = "start.yml";

    /// <summary>Most questions a questionnaire may ask.</summary>
    public const int MaxQuestions = 8;
    /// <summary>Most options one question may offer.</summary>
    public const int MaxOptions = 8;

    /// <summary>Fewest modules a shorter route should have without a warning.</summary>
    public const int ShorterRouteMin = 3;
    /// <summary>Most modules a shorter route should have without a warning.</summary>
    public const int ShorterRouteMax = 7;

    private static readonly string[] FileKeys = ["title", "intro", "questions", "paths", "shorter-route"];
    private static readonly string[] ShorterRouteKeys = ["title", "intro", "modules"];
    private static readonly string[] QuestionKeys = ["id", "question", "hint", "options"];
    private static readonly string[] OptionKeys = ["id", "text"];
    private static readonly string[] PathKeys = ["when", "modules", "reason", "helplines-first"];

    private const string Example = """
        title: Where to start
        intro: Answer a few short questions.
        questions:
          - id: urges
            question: How often do you have urges to look?
            options:
              - id: often
                text: Most days
              - id: sometimes
                text: Now and then
        paths:
          - when:
              urges: often
            modules: [welcome, urges, triggers]
            reason: You said urges come most days, so the module on urges comes early.
          - modules: [welcome, why-change, the-law]
        """;

    /// <summary>Loads and checks the file; module ids are checked against <paramref name="catalogue"/>.</summary>
    public static (StartGuide Guide, IReadOnlyList<ContentProblem> Problems) Load(string languageFolder, ContentCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(languageFolder);
        ArgumentNullException.ThrowIfNull(catalogue);
        var (file, problems) = ContentFile.Locate(languageFolder, FileName);
        var guide = StartGuide.None;
        if (!File.Exists(file))
        {
            return (guide, []);
        }

        ContentFile.Guard(problems, () =>
        {
            if (ContentFile.Read(file, "A questionnaire", problems) is { } text)
            {
                guide = Parse(text, catalogue, problems) ?? StartGuide.None;
            }
        });
        return (problems.HasErrors ? StartGuide.None : guide, [.. problems.Items.OrderBy(p => p.Line)]);
    }

    private static StartGuide? Parse(string text, ContentCatalogue catalogue, ProblemList problems)
    {
        var map = YamlMap.Parse(text, 1, problems, "questionnaire file", Example);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(FileKeys);
        var hint = $"The file should look like:{Environment.NewLine}{Example}";
        var title = map.String("title", required: true, "Give the page a short title, such as 'Where to start'.");
        var intro = map.String("intro", required: false, "Write one or two plain sentences.");
        var questions = ReadQuestions(map, problems, hint);
        var paths = ReadPaths(map, questions, catalogue, problems, hint);
        var shorter = ReadShorterRoute(map, catalogue, problems);
        return title is null ? null : new StartGuide(title, intro, questions, paths) { ShorterRoute = shorter };
    }

    private static ImmutableArray<GuideQuestion> ReadQuestions(YamlMap map, ProblemList problems, string hint)
    {
        var items = map.MapList("questions", "question", hint);
        if (items.Count == 0)
        {
            problems.Error(map.LineOf("questions"), "The questionnaire has no questions.", hint);
        }
        else if (items.Count > MaxQuestions)
        {
            problems.Error(map.LineOf("questions"), $"The questionnaire has {items.Count} questions; it can have at most {MaxQuestions}.", "Keep it short: people should finish it in a minute or two.");
        }

        var questions = ImmutableArray.CreateBuilder<GuideQuestion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            item.RejectUnknownKeys(QuestionKeys);
            var id = ReadId(item, ids, "question", problems);
            var text = item.String("question", required: true, "Write the question people will answer, such as 'How often do you have urges to look?'.");
            var questionHint = item.String("hint", required: false, "Write one short sentence that helps people answer.");
            var options = ReadOptions(item, problems, hint);
            if (id is not null && text is not null)
            {
                questions.Add(new GuideQuestion(id, text, questionHint, options));
            }
        }

        return questions.ToImmutable();
    }

    private static ImmutableArray<GuideOption> ReadOptions(YamlMap question, ProblemList problems, string hint)
    {
        var items = question.MapList("options", "option", hint);
        if (items.Count is < 2 or > MaxOptions)
        {
            problems.Error(question.LineOf("options"), $"A question needs 2 to {MaxOptions} options; this one has {items.Count}.", hint);
        }

        var options = ImmutableArray.CreateBuilder<GuideOption>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            item.RejectUnknownKeys(OptionKeys);
            var id = ReadId(item, ids, "option", problems);
            var text = item.String("text", required: true, "Write the answer as people would say it, such as 'Most days'.");
            if (id is not null && text is not null)
            {
                options.Add(new GuideOption(id, text));
            }
        }

        return options.ToImmutable();
    }

    private static string? ReadId(YamlMap item, HashSet<string> ids, string what, ProblemList problems)
    {
        var id = item.String("id", required: true, $"Give each {what} a short id in lower case with dashes, such as 'urges'.");
        if (id is null)
        {
            return null;
        }

        if (!Slug.IsValidId(id))
        {
            problems.Error(item.LineOf("id"), $"The {what} id '{id}' is not valid.", "Use lower-case letters, digits and dashes, such as 'most-days'.");
            return null;
        }

        if (!ids.Add(id))
        {
            problems.Error(item.LineOf("id"), $"The {what} id '{id}' is used twice.", $"Give each {what} its own id.");
            return null;
        }

        return id;
    }

    private static ImmutableArray<GuidePath> ReadPaths(YamlMap map, ImmutableArray<GuideQuestion> questions, ContentCatalogue catalogue, ProblemList problems, string hint)
    {
        var items = map.MapList("paths", "path", hint);
        if (items.Count == 0)
        {
            problems.Error(map.LineOf("paths"), "The questionnaire has no paths.", $"List the recommended orders of modules under 'paths:', ending with one that has no 'when' (the default). {hint}");
            return [];
        }

        var paths = ImmutableArray.CreateBuilder<GuidePath>();
        var defaultLine = 0;
        foreach (var item in items)
        {
            item.RejectUnknownKeys(PathKeys);
            if (defaultLine > 0)
            {
                problems.Error(item.Line, $"This path can never be chosen: the path on line {defaultLine} has no 'when', so it already applies to everyone who gets that far.", "Put the path without 'when' (the default) last.");
            }

            var when = ReadWhen(item, questions, problems);
            var modules = ReadModules(item, catalogue, problems, "path");
            var reason = item.String("reason", required: false, "Write one plain sentence saying why this order suits the person.");
            var helplinesFirst = ReadHelplinesFirst(item, problems);
            if (when is { IsEmpty: true } && defaultLine == 0)
            {
                defaultLine = item.Line;
            }

            if (when is not null && !modules.IsEmpty)
            {
                paths.Add(new GuidePath(when, modules, reason) { HelplinesFirst = helplinesFirst });
            }
        }

        if (defaultLine == 0)
        {
            problems.Error(items[^1].Line, "No path is the default: every path has a 'when', so some answers would get no suggestion.", "End the list with a path that has only 'modules' (and optionally 'reason').");
        }

        return paths.ToImmutable();
    }

    private static ImmutableDictionary<string, ImmutableArray<string>>? ReadWhen(YamlMap path, ImmutableArray<GuideQuestion> questions, ProblemList problems)
    {
        var whenHint = "Under 'when', name a question id and the option ids that choose this path, such as 'urges: [often, sometimes]'.";
        if (!path.Has("when"))
        {
            return ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        }

        if (path.Map("when", "path's 'when'", whenHint) is not { } when)
        {
            return null;
        }

        var conditions = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var valid = true;
        foreach (var questionId in when.Keys)
        {
            var question = questions.FirstOrDefault(q => q.Id == questionId);
            if (question is null)
            {
                var suggestion = Suggest.Closest(questionId, questions.Select(q => q.Id));
                problems.Error(when.LineOf(questionId), $"'when' names '{questionId}', which is not a question id.", suggestion is null ? $"Question ids: {string.Join(", ", questions.Select(q => q.Id))}." : $"Did you mean '{suggestion}'?");
                valid = false;
                continue;
            }

            var options = when.StringItems(questionId, whenHint);
            foreach (var (option, line) in options.Where(o => question.Options.All(q => q.Id != o.Value)))
            {
                problems.Error(line, $"'{option}' is not an option of the question '{questionId}'.", $"Options: {string.Join(", ", question.Options.Select(o => o.Id))}.");
                valid = false;
            }

            conditions[questionId] = [.. options.Select(o => o.Value)];
        }

        if (conditions.Count == 0 && valid)
        {
            problems.Error(path.LineOf("when"), "'when' is empty.", $"{whenHint} A path for everyone else has no 'when' at all.");
            valid = false;
        }

        return valid ? conditions.ToImmutable() : null;
    }

    private static ImmutableArray<string> ReadModules(YamlMap path, ContentCatalogue catalogue, ProblemList problems, string what)
    {
        var modulesHint = "List module ids in the order to take them, such as 'modules: [welcome, urges, triggers]'.";
        var items = path.StringItems("modules", modulesHint);
        if (items.IsEmpty)
        {
            problems.Error(path.Line, $"This {what} has no modules.", modulesHint);
            return [];
        }

        var modules = ImmutableArray.CreateBuilder<string>();
        foreach (var (id, line) in items)
        {
            if (catalogue.FindModule(id) is null)
            {
                var current = catalogue.ResolveAlias(id);
                var suggestion = current ?? Suggest.Closest(id, catalogue.Modules.Select(m => m.Id));
                problems.Error(line, current is null ? $"'{id}' is not a module id." : $"'{id}' is an old id of the module '{current}'.", suggestion is null ? "Use the 'id' from a module's front matter." : $"Did you mean '{suggestion}'?");
            }
            else if (modules.Contains(id))
            {
                problems.Error(line, $"The module '{id}' is listed twice in this {what}.", "List each module once.");
            }
            else
            {
                modules.Add(id);
            }
        }

        return modules.Count == items.Length ? modules.ToImmutable() : [];
    }

    private static ShorterRoute? ReadShorterRoute(YamlMap map, ContentCatalogue catalogue, ProblemList problems)
    {
        const string hint = "Write it as 'shorter-route:' with 'title:', an optional 'intro:' and 'modules: [welcome, why-change, urges]', the modules to take first, in order.";
        if (!map.Has("shorter-route") || map.Map("shorter-route", "shorter route", hint) is not { } route)
        {
            return null;
        }

        route.RejectUnknownKeys(ShorterRouteKeys);
        var title = route.String("title", required: true, "Give it a short heading, such as 'A shorter way through'.");
        var intro = route.String("intro", required: false, "Write one or two plain sentences: who it is for, and how to pace it.");
        var modules = ReadModules(route, catalogue, problems, "shorter route");
        if (!modules.IsEmpty && modules.Length is < ShorterRouteMin or > ShorterRouteMax)
        {
            problems.Warning(route.LineOf("modules"), $"The shorter route has {modules.Length} modules.", $"Aim for about five ({ShorterRouteMin} to {ShorterRouteMax}): enough to stop and stay stopped, few enough not to overwhelm.");
        }

        return title is null || modules.IsEmpty ? null : new ShorterRoute(title, intro, modules);
    }

    private static bool ReadHelplinesFirst(YamlMap item, ProblemList problems)
    {
        const string hint = "Write 'helplines-first: true' for a path chosen by someone who is struggling: the result page then starts with the helplines, above the modules.";
        var text = item.String("helplines-first", required: false, hint);
        if (text is null or "false")
        {
            return false;
        }

        if (text != "true")
        {
            problems.Error(item.LineOf("helplines-first"), $"'helplines-first' must be true or false, not '{text}'.", hint);
        }

        return text == "true";
    }
}
