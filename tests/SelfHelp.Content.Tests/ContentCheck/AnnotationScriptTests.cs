using System.Diagnostics;
using SelfHelp.Content.Tests.Helplines;

namespace SelfHelp.Content.Tests.ContentCheck;

/// <summary>.github/scripts/content-annotations.sh, which the content workflow uses to turn the check's output into annotations.</summary>
public class AnnotationScriptTests
{
    private static readonly string Script = Path.Combine(BundledContent.RepositoryRoot, ".github", "scripts", "content-annotations.sh");

    private static string Run(string input)
    {
        var start = new ProcessStartInfo("bash", [Script]) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    [Fact]
    public void ErrorsAndWarnings_BecomeAnnotationsWithTheirHints()
    {
        const string output = """
            content/en/modules/02-why-change.md:13: error: The link 'module:why-chnage' points to a module that does not exist.
                hint: Check the module's id, 100% sure.
            content/en/modules/04-real-children.md:0: warning: Reading grade 3.1 (Flesch–Kincaid) is below 4: the text may read as choppy.
                hint: Aim for grade 5 to 7.
              welcome: grade 3.1, 1,269 words
            14 modules, 33 exercises: 1 errors, 1 warnings.

            """;

        var lines = Run(output).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "::error file=content/en/modules/02-why-change.md,line=13,title=Content check error::The link 'module:why-chnage' points to a module that does not exist.%0AHint: Check the module's id, 100%25 sure.",
                "::warning file=content/en/modules/04-real-children.md,title=Content check warning::Reading grade 3.1 (Flesch–Kincaid) is below 4: the text may read as choppy.%0AHint: Aim for grade 5 to 7.",
            ],
            lines);
    }

    [Fact]
    public void MultiLineHint_KeepsItsIndentInsideTheAnnotation()
    {
        const string output = """
            content/en/start.yml:4: error: Bad.
                hint: It should look like:
                      title: Where to start
                      questions:
                        - id: urges
            """;

        Assert.Equal("::error file=content/en/start.yml,line=4,title=Content check error::Bad.%0AHint: It should look like:%0Atitle: Where to start%0Aquestions:%0A  - id: urges\n", Run(output));
    }

    [Fact]
    public void CleanOutput_GivesNoAnnotations()
    {
        Assert.Equal("", Run("  welcome: grade 5.1, 1,269 words\n14 modules, 33 exercises: 0 errors, 0 warnings.\n"));
    }
}
