using System.Globalization;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Readability;
using SelfHelp.Content.Translation;
using SelfHelp.Content.Validation;

namespace SelfHelp.ContentCheck;

/// <summary>
/// Checks one language folder and prints every problem as <c>path:line: error|warning: message</c> with an
/// indented hint, then one line per module with its reading grade and words, then a one-line summary. Paths are shown the way the folder was given, so that
/// <c>content/en</c> gives <c>content/en/modules/01-welcome.md:12</c>, which editors and terminals can open.
/// </summary>
internal static class ContentCheckCommand
{
    public const int Clean = 0;
    public const int HasErrors = 1;
    public const int Usage = 2;

    private const string Help = """
        Checks content and prints every problem as path:line: message, with a hint.

        Usage: dotnet run --project src/SelfHelp.ContentCheck -- <content folder or language folder>
        Example: dotnet run --project src/SelfHelp.ContentCheck -- content       (every language, and the
                 translations against the original, en)
                 dotnet run --project src/SelfHelp.ContentCheck -- content/de    (one language)

        Exit code: 0 when there are no errors (warnings allowed), 1 on any error, 2 on wrong usage.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length != 1 || args[0] is "-h" or "--help" || string.IsNullOrWhiteSpace(args[0]))
        {
            error.WriteLine(Help);
            return Usage;
        }

        var folder = args[0];
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"There is no folder '{folder}'. Give the content folder, such as content, or one language folder, such as content/en.");
            return Usage;
        }

        IReadOnlyList<string> languages = LanguageFolders.IsLanguageFolder(folder) ? [] : LanguageFolders.Find(folder);
        if (languages.Count == 0)
        {
            // Checked as a language folder, which reports what is missing.
            return Check(folder, output, out _);
        }

        var results = new List<(string Folder, ContentLoadResult Result)>();
        var exit = Clean;
        foreach (var language in languages)
        {
            output.WriteLine($"{Path.GetFileName(language)}:");
            exit = Math.Max(exit, Check(language, output, out var result));
            results.Add((language, result));
        }

        var original = results.FirstOrDefault(r => r.Result.Catalogue.Language == OriginalLanguage);
        if (results.Count > 1 && original.Result is not null)
        {
            foreach (var (language, result) in results.Where(r => r != original))
            {
                var problems = TranslationChecks.Compare(original.Result, result);
                foreach (var problem in problems)
                {
                    output.WriteLine(problem.Format(Path.Combine(ShownParent(language), problem.Path)));
                }

                var errors = problems.Count(p => p.Severity == Severity.Error);
                output.WriteLine($"{result.Catalogue.Language} against {OriginalLanguage}: {errors} errors, {problems.Length - errors} warnings.");
                exit = errors > 0 ? HasErrors : exit;
            }
        }

        return exit;
    }

    /// <summary>The language every translation is compared with.</summary>
    private const string OriginalLanguage = "en";

    private static int Check(string folder, TextWriter output, out ContentLoadResult loaded)
    {
        var result = loaded = new ContentLoader().LoadSite(folder);
        var shownParent = ShownParent(folder);
        foreach (var problem in result.Problems)
        {
            output.WriteLine(problem.Format(Path.Combine(shownParent, problem.Path)));
        }

        foreach (var module in result.Readability)
        {
            var heldBack = module.Loaded ? "" : " (held back: has errors)";
            var spread = module.Spread.Sentences == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", sentences mostly {module.Spread.Low} to {module.Spread.High} words (median {module.Spread.Median:0.#}, longest {module.Spread.Longest})");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {module.ModuleId}: grade {module.Score.RoundedGrade:0.0}, {module.Score.Words:N0} words{spread}{heldBack}"));
        }

        if (result.StartGuide.IsAvailable)
        {
            var shorter = result.StartGuide.ShorterRoute is { } route ? $", a shorter route of {route.Modules.Length} modules" : "";
            output.WriteLine($"  where to start: {result.StartGuide.Questions.Length} questions, {result.StartGuide.Paths.Length} paths{shorter}");
        }

        if (!result.RetiredCodes.All.IsEmpty)
        {
            output.WriteLine($"  retired codes: {string.Join(", ", result.RetiredCodes.All.Select(c => c.MovedTo is null ? c.Code : $"{c.Code} -> {c.MovedTo}"))}");
        }

        if (!result.Catalogue.Plan.IsEmpty)
        {
            output.WriteLine($"  my plan: {result.Catalogue.Plan.Length} fields from exercises {string.Join(", ", result.Catalogue.Exercises.Where(f => result.Catalogue.Plan.Any(e => ReferenceEquals(e.Form, f))).Select(f => f.Code))}");
        }

        if (result.CheckIn.IsAvailable)
        {
            output.WriteLine($"  weekly check-in: {result.CheckIn.Questions.Length} questions" + (result.CheckIn.Wellbeing is { } measure ? $", and a wellbeing measure of {measure.Questions.Length}" : ""));
        }

        var errors = result.Errors.Count();
        var warnings = result.Problems.Length - errors;
        var language = result.Catalogue.Language;
        if (ReadingMeasures.For(language) is null && result.Catalogue.Modules.Length > 0)
        {
            output.WriteLine($"{Path.Combine(ShownParent(folder), language)}: error: There is no reading-level measure for the language '{language}'.");
            output.WriteLine("    English (en) is scored with Flesch–Kincaid and German (de) with the Wiener Sachtextformel; a developer adds a measure for another language in src/SelfHelp.Content/Readability (docs/content-style.md). The site still serves the language.");
            errors++;
        }

        output.WriteLine($"{result.Catalogue.Modules.Length} modules, {result.Catalogue.Exercises.Count()} exercises: {errors} errors, {warnings} warnings.");
        return errors > 0 ? HasErrors : Clean;
    }

    /// <summary>The folder holding the language folder, written as the user wrote it where possible.</summary>
    private static string ShownParent(string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        var name = Path.GetFileName(trimmed);
        return name is "" or "." or ".."
            ? Path.GetDirectoryName(Path.GetFullPath(trimmed)) ?? ""
            : Path.GetDirectoryName(trimmed) ?? "";
    }
}
