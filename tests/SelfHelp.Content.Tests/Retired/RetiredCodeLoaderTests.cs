using SelfHelp.Content.Loading;
using SelfHelp.Content.Retired;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Retired;

public class RetiredCodeLoaderTests
{
    private static (RetiredCodes Codes, IReadOnlyList<ContentProblem> Problems) Load(string? file)
    {
        using var content = new TempContent()
            .With("a.md", TempContent.ModuleWithExercise("first", 1, "1.1"))
            .With("b.md", TempContent.ModuleWithExercise("second", 2, "2.1"));
        if (file is not null)
        {
            content.WithFile(RetiredCodeLoader.FileName, file);
        }

        var modules = new ContentLoader().Load(content.Folder);
        Assert.False(modules.HasErrors, string.Join('\n', modules.Errors));
        return RetiredCodeLoader.Load(content.Folder, modules.Catalogue);
    }

    [Fact]
    public void NoFile_NoCodesAndNoProblems()
    {
        var (codes, problems) = Load(null);

        Assert.Empty(codes.All);
        Assert.Empty(problems);
    }

    [Fact]
    public void OnlyComments_NoCodesAndNoProblems()
    {
        var (codes, problems) = Load("# Nothing retired yet.\n# retired:\n#   - code: 1.2\n");

        Assert.Empty(codes.All);
        Assert.Empty(problems);
    }

    [Fact]
    public void MovedAndRemovedCodes_AreFoundAsPeopleTypeThem()
    {
        var (codes, problems) = Load("""
            retired:
              - code: "1.2"
                moved-to: "2.1"
                note: It moved to the second module.
              - code: 1.3
            """);

        Assert.Empty(problems);
        var moved = codes.Find(" 1-2 ");
        Assert.NotNull(moved);
        Assert.Equal("2.1", moved.MovedTo);
        Assert.Equal("It moved to the second module.", moved.Note);
        Assert.Null(codes.Find("1.3")!.MovedTo);
        Assert.Null(codes.Find("1.4"));
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1-1")]
    [InlineData("11")]
    public void CodeStillUsedByAnExercise_IsRefused(string code)
    {
        var (codes, problems) = Load($"retired:\n  - code: \"{code}\"\n");

        var problem = Assert.Single(problems);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(2, problem.Line);
        Assert.Contains($"The code '{code}' is retired, but the exercise 'notes-1' in module 'first' uses '1.1'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("must never be reused", problem.Hint, StringComparison.Ordinal);
        Assert.Empty(codes.All);
    }

    [Fact]
    public void CodeListedTwice_IsAnError()
    {
        var (_, problems) = Load("retired:\n  - code: \"1.2\"\n  - code: \"1-2\"\n");

        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("already listed on line 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MovedToUnknownCode_IsAnErrorWithASuggestion()
    {
        var (codes, problems) = Load("retired:\n  - code: \"1.2\"\n    moved-to: \"2.2\"\n");

        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("'moved-to: 2.2' of the retired code '1.2' is not the code of any exercise", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean", problem.Hint, StringComparison.Ordinal);
        Assert.Null(codes.Find("1.2")?.MovedTo);
    }

    [Theory]
    [InlineData("retired:\n  - code: \"1/2\"\n", 2, "'1/2' is not a well-formed exercise code")]
    [InlineData("retired:\n  - code: \"1.2\"\n    moved: \"2.1\"\n", 3, "Unknown key 'moved' in the retired code")]
    [InlineData("retired:\n  - moved-to: \"2.1\"\n", 2, "The retired code has no 'code'")]
    [InlineData("retire:\n  - code: \"1.2\"\n", 1, "Unknown key 'retire' in the retired codes file")]
    [InlineData("retired: [\n", 2, "not valid YAML")]
    [InlineData("retired: 1.2\n", 1, "must be a list")]
    public void BrokenFile_SaysWhatAndWhere(string file, int line, string message)
    {
        var (_, problems) = Load(file);

        Assert.Contains(problems, p => p.Severity == Severity.Error && p.Line == line && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void LongNote_IsAnError()
    {
        var (_, problems) = Load($"retired:\n  - code: \"1.2\"\n    note: {new string('a', RetiredCodeLoader.MaxNoteLength + 1)}\n");

        Assert.Contains(problems, p => p.Line == 3 && p.Message.Contains("at most 300", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_AreReportedAgainstTheFile()
    {
        var (_, problems) = Load("retired:\n  - code: \"1.1\"\n");

        Assert.Equal(Path.Combine("en", RetiredCodeLoader.FileName), Assert.Single(problems).Path);
    }

    [Fact]
    public void BundledFile_HasNoProblems()
    {
        var result = new ContentLoader().LoadSite(BundledContent.EnglishFolder);

        Assert.DoesNotContain(result.Problems, p => p.Path.EndsWith(RetiredCodeLoader.FileName, StringComparison.Ordinal));
    }
}
