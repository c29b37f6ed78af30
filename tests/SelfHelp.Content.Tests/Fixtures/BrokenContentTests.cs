using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Fixtures;

/// <summary>
/// One folder per rule under Fixtures/broken/&lt;rule&gt;/en, each otherwise valid, so that it triggers exactly the
/// problems listed here: severity, file, line and a piece of the message.
/// </summary>
public class BrokenContentTests
{
    private static readonly string BrokenRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "broken");

    private static readonly Dictionary<string, Expected[]> Cases = new(StringComparer.Ordinal)
    {
        // Files and folders.
        ["no-modules-folder"] = [Folder("There is no 'modules' folder")],
        ["no-modules"] = [Folder("There are no modules"), Warning("notes.txt", 0, "only '.md' files are modules")],
        ["non-md-file"] = [Warning("notes.txt", 0, "This file is ignored")],
        ["empty-file"] = [Error("sample.md", 0, "The file is empty")],

        // Front matter.
        ["no-front-matter"] = [Error("sample.md", 1, "does not start with front matter")],
        ["unclosed-front-matter"] = [Error("sample.md", 1, "front matter is empty or never closed")],
        ["invalid-yaml"] = [Error("sample.md", 4, "The front matter is not valid YAML")],
        ["unknown-front-matter-key"] = [Error("sample.md", 9, "Unknown key 'titel' in the front matter", "Did you mean 'title'?")],
        ["missing-id"] = [Error("sample.md", 2, "The front matter has no 'id'")],
        ["missing-title"] = [Error("sample.md", 2, "The front matter has no 'title'")],
        ["missing-summary"] = [Error("sample.md", 2, "The front matter has no 'summary'")],
        ["missing-order"] = [Error("sample.md", 2, "The front matter has no 'order'")],
        ["missing-intensity"] = [Error("sample.md", 2, "The front matter has no 'intensity'")],
        ["invalid-id"] = [Error("sample.md", 2, "The id 'Sample_Module' is not valid")],
        ["bad-intensity"] = [Error("sample.md", 6, "Unknown intensity 'severe'")],
        ["bad-order"] = [Error("sample.md", 5, "'order' in the front matter must be a whole number from 1 to 999, not 'first'")],
        ["bad-minutes"] = [Error("sample.md", 9, "'minutes' in the front matter must be a whole number from 1 to 600, not '0'")],
        ["invalid-alias"] = [Error("sample.md", 11, "The alias 'Old_Sample' is not a valid id")],
        ["alias-is-own-id"] = [Error("sample.md", 9, "The alias 'sample' is this module's own id")],
        ["alias-listed-twice"] = [Warning("sample.md", 9, "The alias 'old-sample' is listed twice")],
        ["no-objectives"] = [Warning("sample.md", 2, "The module has no objectives")],
        ["long-summary"] = [Warning("sample.md", 4, "The summary is 219 characters long")],

        // Across modules.
        ["duplicate-module-id"] = [Error("b.md", 2, "The id 'first' is already used by en/modules/a.md")],
        ["alias-is-module-id"] = [Error("b.md", 10, "The alias 'first' is the id of en/modules/a.md")],
        ["alias-of-two-modules"] = [Error("b.md", 9, "The alias 'old-name' is also an alias of en/modules/a.md")],
        ["duplicate-order"] = [Warning("b.md", 5, "Order 1 is also used by en/modules/a.md")],
        ["colliding-exercise-codes"] = [Error("b.md", 17, "The exercise code '7-2' (notes) is the same as '7.2' (notes) in en/modules/a.md when read out")],

        // Body structure.
        ["level-1-heading"] = [Error("sample.md", 11, "Level-1 headings ('# ') are not allowed")],
        ["no-steps"] = [Error("sample.md", 0, "The module has no steps")],
        ["empty-step"] = [Error("sample.md", 11, "The step 'Empty step' is empty")],
        ["step-heading-without-text"] = [Error("sample.md", 11, "A step heading has no text")],
        ["step-heading-inside-block"] = [Error("sample.md", 16, "A '## ' step heading is inside a block or list")],
        ["unknown-block"] = [Error("sample.md", 15, "Unknown block ':::tips'", "Did you mean ':::tip'?")],
        ["unclosed-block"] = [Error("sample.md", 25, "The ':::take-care' block is never closed")],
        ["nested-block"] = [Error("sample.md", 18, "The ':::important' block is inside another block")],
        ["exercise-inside-callout"] = [Error("sample.md", 16, "The ':::exercise' block is inside another block")],
        ["stray-block-end"] = [Error("sample.md", 18, "This ':::' line does not start or end a block")],
        ["long-step"] = [Warning("sample.md", 0, "Reading grade -1.1 (Flesch–Kincaid) is below 4"), Warning("sample.md", 11, "The step 'First step' is 701 words long")],
        ["raw-html"] = [Warning("sample.md", 13, "'<br>' looks like HTML")],
        ["code-block"] = [Warning("sample.md", 13, "shown as code")],

        // Readability (the warning fixture's exercise has hard words, which must not count).
        ["reading-grade-too-high"] = [Error("sample.md", 0, "Reading grade 19.4 (Flesch–Kincaid) is above 9.", "shorter sentences")],
        ["reading-grade-below-target"] = [Warning("sample.md", 0, "The module has no exercise"), Warning("sample.md", 0, "Reading grade 0.1 (Flesch–Kincaid) is below 4: the text may read as choppy or patronising.", "most of its sentences have 4 to 13 words (median 4)")],
        ["reading-grade-above-target"] = [Warning("sample.md", 0, "Reading grade 8.2 (Flesch–Kincaid) is above 8.", "shorter sentences")],

        // Exercises.
        ["no-exercise"] = [Warning("sample.md", 0, "The module has no exercise")],
        ["empty-exercise"] = [Error("sample.md", 15, "The exercise is empty")],
        ["invalid-exercise-yaml"] = [Error("sample.md", 18, "The exercise is not valid YAML")],
        ["exercise-missing-id"] = [Error("sample.md", 16, "The exercise has no 'id'")],
        ["exercise-missing-code"] = [Error("sample.md", 16, "The exercise has no 'code'")],
        ["exercise-missing-title"] = [Error("sample.md", 16, "The exercise has no 'title'")],
        ["exercise-missing-fields"] = [Error("sample.md", 16, "The exercise has no 'fields'")],
        ["exercise-empty-fields"] = [Error("sample.md", 19, "The exercise has no fields")],
        ["unknown-exercise-key"] = [Error("sample.md", 19, "Unknown key 'minuts' in the exercise", "Did you mean 'minutes'?")],
        ["invalid-exercise-id"] = [Error("sample.md", 16, "The exercise id 'My notes' is not valid")],
        ["reserved-exercise-id"] = [Error("sample.md", 16, "The exercise id 'reflection' is kept for the module's reflection")],
        ["invalid-exercise-code"] = [Error("sample.md", 17, "The exercise code '7/2' is not valid")],
        ["bad-exercise-minutes"] = [Error("sample.md", 19, "'minutes' in the exercise must be a whole number from 1 to 120, not 'lots'")],
        ["duplicate-exercise-code"] = [Error("sample.md", 27, "The exercise code 's-1' (more-notes) is the same as 'S1' (notes) in this module")],
        ["duplicate-exercise-id"] = [Error("sample.md", 26, "Two exercises in this module have the id 'notes'")],
        ["exercise-id-finish"] = [Error("sample.md", 16, "The id 'finish' is kept for the form that finishes a module")],

        // Exercise fields.
        ["unknown-field-type"] = [Error("sample.md", 21, "Unknown field type 'scales'", "Did you mean 'scale'?")],
        ["unknown-field-key"] = [Error("sample.md", 23, "Unknown key 'hnit' in the exercise field", "Did you mean 'hint'?")],
        ["field-missing-label"] = [Error("sample.md", 20, "The exercise field has no 'label'")],
        ["invalid-field-id"] = [Error("sample.md", 20, "The field id 'Note 1' is not valid")],
        ["duplicate-field-id"] = [Error("sample.md", 23, "Two fields in this exercise have the id 'note'")],
        ["checklist-without-options"] = [Error("sample.md", 20, "A checklist needs at least two 'options'")],
        ["options-on-non-checklist"] = [Error("sample.md", 23, "'options' only goes with checklists, not 'text'")],
        ["items-on-non-list"] = [Error("sample.md", 24, "'items' only goes with lists, not 'checklist'")],
        ["bad-list-items"] = [Error("sample.md", 23, "'items' in the exercise field must be a whole number from 1 to 10, not '20'")],
        ["scale-without-labels"] = [Error("sample.md", 20, "A scale needs 'low' and 'high'")],
        ["scale-labels-on-non-scale"] = [Error("sample.md", 23, "'low' only goes with scales, not 'text'")],
        ["support-at-on-non-scale"] = [Error("sample.md", 23, "'support-at' only goes with scales, not 'text'")],
        ["support-at-out-of-range"] = [Error("sample.md", 15, "'support-at' must be a rating from 1 to 10, or a range such as 9-10, not '0-11'")],
        ["support-at-in-the-middle"] = [Warning("sample.md", 15, "'support-at: 4-6' is in the middle of the scale", "use 1 (or 1-2) or 10")],

        // Starting point and reflection.
        ["starting-point-missing-question"] = [Error("sample.md", 12, "The starting point has no 'question'")],
        ["starting-point-missing-low"] = [Error("sample.md", 12, "The starting point has no 'low'")],
        ["starting-point-missing-high"] = [Error("sample.md", 12, "The starting point has no 'high'")],
        ["two-starting-points"] = [Error("sample.md", 21, "The module has more than one starting point")],
        ["reflection-without-questions"] = [Error("sample.md", 16, "The reflection has no 'questions'")],
        ["two-reflections"] = [Error("sample.md", 20, "The module has more than one reflection")],

        // Links.
        ["unknown-module-link"] = [Error("sample.md", 13, "The link 'module:sampel' points to a module that does not exist", "Did you mean module:sample?")],
        ["bad-step-number"] = [Error("sample.md", 13, "The link 'module:sample/two' has a step that is not a step number")],
        ["step-beyond-count"] = [Error("sample.md", 13, "The link 'module:sample/3' points to step 3, but that module has 1 steps")],
        ["relative-link"] = [Error("sample.md", 13, "The link '02-other.md' is not a module link or a full web address")],
        ["unsafe-autolink"] = [Error("sample.md", 13, "The link '<javascript:alert(1)>' is not a full web address")],
        ["image"] = [Error("sample.md", 13, "Images are not supported ('lake.png')")],
        ["link-in-exercise-intro"] = [Error("sample.md", 19, "The link 'module:nowhere' points to a module that does not exist")],
        ["http-link"] = [Warning("sample.md", 13, "The link 'http://example.org/help' is not secure (http)")],
        ["old-alias-link"] = [Warning("a.md", 13, "The link 'module:old-second' uses the old id 'old-second'", "module:second")],
    };

    private readonly ContentLoader _loader = new();

    public static TheoryData<string> Rules => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Rules))]
    public void Load_BrokenFixture_ReportsExactlyTheExpectedProblems(string rule)
    {
        var expected = Cases[rule];

        var result = _loader.Load(Path.Combine(BrokenRoot, rule, "en"));

        var actual = result.Problems;
        var matches = actual.Length == expected.Length && expected.Zip(actual).All(pair => pair.First.Matches(pair.Second));
        Assert.True(matches, $"""
            Expected:
            {string.Join(Environment.NewLine, expected.Select(e => e.ToString()))}
            Actual:
            {string.Join(Environment.NewLine, actual.Select(p => p.ToString()))}
            """);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Load_BrokenFixture_EveryProblemHasAHint(string rule)
    {
        var result = _loader.Load(Path.Combine(BrokenRoot, rule, "en"));

        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Hint), p.ToString()));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Load_BrokenFixture_LeavesFilesWithErrorsOutOfTheCatalogue(string rule)
    {
        var result = _loader.Load(Path.Combine(BrokenRoot, rule, "en"));

        var filesWithErrors = result.Errors.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(result.Catalogue.Modules, m => filesWithErrors.Contains(m.SourcePath));
    }

    [Fact]
    public void Fixtures_EveryBrokenFolder_HasExpectations()
    {
        var folders = Directory.GetDirectories(BrokenRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(Cases.Keys.Order(StringComparer.Ordinal), folders);
    }

    private static Expected Error(string file, int line, string message, string? hint = null) =>
        new(Severity.Error, Path.Combine("en", ContentLoader.ModulesFolder, file), line, message, hint);

    private static Expected Warning(string file, int line, string message, string? hint = null) =>
        new(Severity.Warning, Path.Combine("en", ContentLoader.ModulesFolder, file), line, message, hint);

    private static Expected Folder(string message) => new(Severity.Error, "en", 0, message, null);

    private sealed record Expected(Severity Severity, string Path, int Line, string Message, string? Hint)
    {
        public bool Matches(ContentProblem problem) =>
            problem.Severity == Severity
            && problem.Path == Path
            && problem.Line == Line
            && problem.Message.Contains(Message, StringComparison.Ordinal)
            && (Hint is null || problem.Hint.Contains(Hint, StringComparison.Ordinal));

        public override string ToString() =>
            $"{Path}:{Line}: {Severity.ToString().ToLowerInvariant()}: …{Message}…" + (Hint is null ? "" : $" (hint: …{Hint}…)");
    }
}
