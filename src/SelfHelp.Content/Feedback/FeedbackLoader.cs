using System.Collections.Immutable;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Feedback;

/// <summary>
/// Reads <c>feedback.yml</c>: the short, optional questions asked after each module and after the whole programme.
/// The file is optional; without it no questions are asked. Every mistake is reported on its line.
/// </summary>
internal static class FeedbackLoader
{
    /// <summary>The file, inside a language folder, that holds the feedback questions.</summary>
    public const string FileName = "feedback.yml";

    /// <summary>Most questions a set may hold: the seven constructs and overall acceptability, and one spare.</summary>
    public const int MaxQuestions = 9;

    private static readonly string[] FileKeys = ["intro", "questions"];
    private static readonly string[] QuestionKeys = ["id", "domain", "text", "options"];

    private static readonly Dictionary<string, FeedbackDomain> Domains = new(StringComparer.Ordinal)
    {
        ["affective-attitude"] = FeedbackDomain.AffectiveAttitude,
        ["burden"] = FeedbackDomain.Burden,
        ["ethicality"] = FeedbackDomain.Ethicality,
        ["intervention-coherence"] = FeedbackDomain.InterventionCoherence,
        ["opportunity-costs"] = FeedbackDomain.OpportunityCosts,
        ["perceived-effectiveness"] = FeedbackDomain.PerceivedEffectiveness,
        ["self-efficacy"] = FeedbackDomain.SelfEfficacy,
        ["general-acceptability"] = FeedbackDomain.GeneralAcceptability,
    };

    private const string Example = """
        intro: Three minutes, anonymous, and you can skip any question.
        questions:
          - id: effort
            domain: burden
            text: How much effort did {it} take?
            options: [A huge effort, A lot of effort, Some effort, A little effort, No effort at all]
        """;

    /// <summary>The domain names an editor may use, in the order of the framework.</summary>
    public static IEnumerable<string> DomainNames => Domains.Keys;

    /// <summary>Loads and checks the file; no questions and no problems when it is absent.</summary>
    public static (FeedbackQuestions Questions, IReadOnlyList<ContentProblem> Problems) Load(string languageFolder)
    {
        ArgumentNullException.ThrowIfNull(languageFolder);
        var (file, problems) = ContentFile.Locate(languageFolder, FileName);
        var questions = FeedbackQuestions.None;
        if (!File.Exists(file))
        {
            return (questions, []);
        }

        ContentFile.Guard(problems, () =>
        {
            if (ContentFile.Read(file, "The feedback questions", problems) is { } text)
            {
                questions = Parse(text, problems);
            }
        });
        return (questions, [.. problems.Items.OrderBy(p => p.Line)]);
    }

    private static FeedbackQuestions Parse(string text, ProblemList problems)
    {
        var map = YamlMap.Parse(text, 1, problems, "feedback questions file", Example);
        if (map is null)
        {
            return FeedbackQuestions.None;
        }

        map.RejectUnknownKeys(FileKeys);
        var hint = $"Write the questions like this:{Environment.NewLine}{Example}";
        var intro = map.String("intro", required: true, "One or two sentences above the questions: that they are optional, anonymous and short.") ?? "";
        var questions = new List<FeedbackQuestion>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in map.MapList("questions", "question", hint))
        {
            entry.RejectUnknownKeys(QuestionKeys);
            var id = entry.String("id", required: true, hint);
            var domainName = entry.String("domain", required: true, $"One of: {string.Join(", ", Domains.Keys)}.");
            var question = entry.String("text", required: true, "Write the question in plain words; {it} stands for \"this module\" or \"the whole programme\".");
            var options = entry.StringList("options", "List the answers from the least to the most favourable, such as [Not at all, A little, Somewhat, Quite a lot, Very much].");
            if (id is null || domainName is null || question is null)
            {
                continue;
            }

            var line = entry.LineOf("id");
            if (!Slug.IsValidId(id))
            {
                problems.Error(line, $"'{id}' is not a valid question id.", "Use lower-case letters, digits and single dashes, such as 'effort'.");
                continue;
            }

            if (ids.TryGetValue(id, out var first))
            {
                problems.Error(line, $"The question id '{id}' is already used on line {first}.", "Give each question its own id: answers are counted under it.");
                continue;
            }

            ids[id] = line;
            if (!Domains.TryGetValue(domainName, out var domain))
            {
                var suggestion = Suggest.Closest(domainName, Domains.Keys);
                problems.Error(entry.LineOf("domain"), $"'{domainName}' is not a domain of the framework.", suggestion is null ? $"Use one of: {string.Join(", ", Domains.Keys)}." : $"Did you mean '{suggestion}'?");
                continue;
            }

            if (!question.Contains("{it}", StringComparison.Ordinal))
            {
                problems.Warning(entry.LineOf("text"), $"The question '{id}' does not say what it is about.", "Put {it} where \"this module\" or \"the whole programme\" should go, so the same question works after a module and after the programme.");
            }

            if (options.Length is < 2 or > 7)
            {
                problems.Error(entry.LineOf("options"), $"The question '{id}' has {options.Length} answers; it needs 2 to 7.", "Five answers, from the least to the most favourable, suit most questions.");
                continue;
            }

            questions.Add(new FeedbackQuestion(id, domain, question, options));
        }

        if (questions.Count > MaxQuestions)
        {
            problems.Error(map.LineOf("questions"), $"There are {questions.Count} questions; ask at most {MaxQuestions}.", "Keep it short: one question for each part of the framework is enough.");
            return FeedbackQuestions.None;
        }

        return new FeedbackQuestions(questions, intro);
    }
}
