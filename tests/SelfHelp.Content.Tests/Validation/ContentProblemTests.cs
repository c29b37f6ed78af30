using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Validation;

public class ContentProblemTests
{
    [Fact]
    public void ToString_Error_IsPathLineSeverityMessageThenIndentedHint()
    {
        var problem = new ContentProblem(Severity.Error, "en/modules/a.md", 12, "Something is wrong.", "Fix it.");

        var text = problem.ToString();

        Assert.Equal($"en/modules/a.md:12: error: Something is wrong.{Environment.NewLine}    hint: Fix it.", text);
    }

    [Fact]
    public void ToString_Warning_SaysWarning()
    {
        var problem = new ContentProblem(Severity.Warning, "en/modules/a.md", 0, "Could be better.", "Improve it.");

        Assert.StartsWith("en/modules/a.md:0: warning: Could be better.", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_HintOfSeveralLines_KeepsEveryLineIndentedUnderTheHint()
    {
        var problem = new ContentProblem(Severity.Error, "a.md", 1, "Bad.", "Like this:\n---\nid: x");

        var lines = problem.ToString().Split(Environment.NewLine);

        Assert.Equal(["a.md:1: error: Bad.", "    hint: Like this:", "          ---", "          id: x"], lines);
    }

    [Fact]
    public void Format_OtherPath_ShowsThatPath()
    {
        var problem = new ContentProblem(Severity.Error, "en/modules/a.md", 3, "Bad.", "Fix.");

        Assert.StartsWith("content/en/modules/a.md:3: error: Bad.", problem.Format("content/en/modules/a.md"), StringComparison.Ordinal);
    }
}
