using SelfHelp.Content.Loading;
using SelfHelp.ContentCheck;

namespace SelfHelp.Content.Tests.ContentCheck;

public class ContentCheckCommandTests
{
    private static readonly string FixturesRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    // The check command checks a whole site folder, so each module fixture gets the bundled rules and a small, clean
    // helplines file (the bundled one has honest warnings about unconfirmed details, which would be in every output).
    private static readonly string SitesRoot = Path.Combine(Path.GetTempPath(), "selfhelp-check-tests", Guid.NewGuid().ToString("N"));

    private static string SiteFolder(string fixture)
    {
        var source = Path.Combine(FixturesRoot, fixture == "valid" ? "valid" : Path.Combine("broken", fixture), "en");
        var target = Path.Combine(SitesRoot, fixture, "en");
        if (!Directory.Exists(target))
        {
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }

            AddSiteFiles(target);
        }

        return target;
    }

    [Fact]
    public void Run_ValidFolder_ReturnsZeroAndPrintsTheReadingGradesAndTheSummary()
    {
        var (exitCode, output, error) = Run(SiteFolder("valid"));

        Assert.Equal(0, exitCode);
        Assert.Equal(
            [
                "  getting-started: grade 1.1, 122 words, sentences mostly 2 to 11 words (median 4, longest 15)",
                "  next-steps: grade 1.8, 21 words, sentences mostly 2 to 11 words (median 3, longest 11)",
                "2 modules, 2 exercises: 0 errors, 0 warnings.",
            ],
            Lines(output));
        Assert.Empty(error);
    }

    [Fact]
    public void Run_WithQuestionsAndRetiredCodes_SummarisesThem()
    {
        var folder = SiteFolder("valid");
        var codes = new ContentLoader().Load(folder).Catalogue.Exercises.Select(e => e.Code!).ToList();
        File.WriteAllText(Path.Combine(folder, "start.yml"), $"title: T\nquestions:\n  - id: q\n    question: Q?\n    options:\n      - id: a\n        text: A\n      - id: b\n        text: B\npaths:\n  - modules: [getting-started]\n");
        File.WriteAllText(Path.Combine(folder, "retired-codes.yml"), $"retired:\n  - code: \"9.8\"\n    moved-to: \"{codes[0]}\"\n  - code: \"9.9\"\n");
        try
        {
            var (exitCode, output, _) = Run(folder);

            Assert.Equal(0, exitCode);
            Assert.Equal(["  where to start: 1 questions, 1 paths", $"  retired codes: 9.8 -> {codes[0]}, 9.9"], Lines(output)[2..4]);
        }
        finally
        {
            File.Delete(Path.Combine(folder, "start.yml"));
            File.Delete(Path.Combine(folder, "retired-codes.yml"));
        }
    }

    [Fact]
    public void Run_GradeAboveTheLimit_PrintsTheErrorThenTheModuleAsHeldBack()
    {
        var folder = SiteFolder("reading-grade-too-high");

        var (exitCode, output, _) = Run(folder);

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal($"{Path.Combine(folder, "modules", "sample.md")}:0: error: Reading grade 19.4 (Flesch–Kincaid) is above 9.", lines[0]);
        Assert.StartsWith("    hint: Aim for grade 8 or below", lines[1], StringComparison.Ordinal);
        Assert.Equal(["  sample: grade 19.4, 21 words, sentences mostly 2 to 19 words (median 10.5, longest 19) (held back: has errors)", "0 modules, 0 exercises: 1 errors, 0 warnings."], lines[2..]);
    }

    [Fact]
    public void Run_ModuleOfThousandsOfWords_GroupsTheDigits()
    {
        var sentences = string.Join(' ', Enumerable.Repeat("Take it one day at a time.", 100));
        using var content = new TempContent().With("a.md", TempContent.Module(body: $"## One\n\n{sentences}\n\n## Two\n\n{sentences}\n"));
        AddSiteFiles(content.Folder);

        var (_, output, _) = Run(content.Folder);

        Assert.Equal("  sample: grade -1.1, 1,402 words, sentences mostly 7 to 7 words (median 7, longest 7)", Lines(output)[^2]);
    }

    [Fact]
    public void Run_FolderWithAnError_ReturnsOneAndPrintsPathLineErrorAndHint()
    {
        var folder = SiteFolder("bad-order");

        var (exitCode, output, _) = Run(folder);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                $"{Path.Combine(folder, "modules", "sample.md")}:5: error: 'order' in the front matter must be a whole number from 1 to 999, not 'first'.",
                "    hint: Add 'order: N', the module's place in the programme.",
                "0 modules, 0 exercises: 1 errors, 0 warnings.",
            ],
            Lines(output));
    }

    [Fact]
    public void Run_WarningsOnly_ReturnsZero()
    {
        var (exitCode, output, _) = Run(SiteFolder("http-link"));

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^.+/en/modules/sample\.md:13: warning: The link 'http://example\.org/help' is not secure \(http\)\.$", Lines(output)[0]);
        Assert.Equal("1 modules, 1 exercises: 0 errors, 1 warnings.", Lines(output)[^1]);
    }

    [Fact]
    public void Run_RelativeFolder_ShowsPathsTheWayTheFolderWasGiven()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, SiteFolder("bad-order"));

        var (_, output, _) = Run(relative + Path.DirectorySeparatorChar);

        Assert.StartsWith($"{Path.Combine(relative, "modules", "sample.md")}:5: error: ", Lines(output)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HintOfSeveralLines_IndentsEveryLine()
    {
        var (_, output, _) = Run(SiteFolder("invalid-yaml"));

        var lines = Lines(output);
        Assert.Contains(": error: The front matter is not valid YAML", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("    hint: ", lines[1], StringComparison.Ordinal);
        Assert.All(lines[2..^1], line => Assert.StartsWith("          ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ProblemInTheFolderItself_ShowsTheFolder()
    {
        var folder = Path.Combine(FixturesRoot, "broken", "no-modules-folder", "en");

        var (exitCode, output, _) = Run(folder);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{folder}:0: error: There is no 'modules' folder", Lines(output)[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("content/en", "content/cy")]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("")]
    public void Run_WrongArguments_ReturnsTwoAndPrintsUsage(params string[] args)
    {
        var (exitCode, output, error) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("Usage: dotnet run --project src/SelfHelp.ContentCheck -- <content folder or language folder>", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ContentRoot_ChecksEachLanguageAndComparesTheTranslations()
    {
        var root = Path.Combine(SitesRoot, "root-" + Guid.NewGuid().ToString("N"));
        Copy(SiteFolder("valid"), Path.Combine(root, "en"));
        Copy(SiteFolder("valid"), Path.Combine(root, "de"));
        var german = Directory.EnumerateFiles(Path.Combine(root, "de", "modules")).Order(StringComparer.Ordinal).First();
        File.WriteAllText(german, File.ReadAllText(german).Replace("code: ", "code: 9", StringComparison.Ordinal));

        var (exitCode, output, _) = Run(root);

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Contains("en:", lines);
        Assert.Contains("de:", lines);
        Assert.Contains(lines, l => l.Contains("(Wiener Sachtextformel)", StringComparison.Ordinal) || l.StartsWith("  getting-started: grade", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(": error: The exercise", StringComparison.Ordinal) && l.Contains("has the code '9", StringComparison.Ordinal));
        Assert.Contains("de against en: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LanguageWithoutAReadingMeasure_IsAClearError()
    {
        var root = Path.Combine(SitesRoot, "fr-" + Guid.NewGuid().ToString("N"));
        Copy(SiteFolder("valid"), Path.Combine(root, "fr"));

        var (exitCode, output, _) = Run(Path.Combine(root, "fr"));

        Assert.Equal(1, exitCode);
        Assert.Contains(": error: There is no reading-level measure for the language 'fr'.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FolderThatDoesNotExist_ReturnsTwo()
    {
        var (exitCode, output, error) = Run(Path.Combine(FixturesRoot, "no-such-folder"));

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("There is no folder", error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ContentCheckCommand.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private static void AddSiteFiles(string folder)
    {
        File.Copy(Path.Combine(BundledContent.EnglishFolder, "distress.yml"), Path.Combine(folder, "distress.yml"));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(folder, "helplines.yml"), $$"""
            regions:
              - code: gb
                name: United Kingdom
                time-zone: Europe/London
            helplines:
              - id: specialist
                name: A specialist line
                purpose: own-behaviour
                description: For testing.
                phone: 0800 123 4567
                hours: always
                regions: [gb]
                sources: [{url: "https://example.org", facts: [phone, hours], own: true, verified: {{today}}}]
              - id: crisis
                name: A crisis line
                purpose: crisis
                description: For testing.
                phone: 116 123
                hours: always
                regions: [gb]
                sources: [{url: "https://example.org", facts: [phone, hours], own: true, verified: {{today}}}]
              - id: emergency
                name: Emergency services
                purpose: emergency
                description: For testing.
                phone: "999"
                hours: always
                regions: [gb]
                sources: [{url: "https://example.org", facts: [phone, hours], own: true, verified: {{today}}}]
            """);
    }
}
