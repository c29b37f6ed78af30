using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

internal static class AxeAssertions
{
    public static async Task AssertNoAccessibilityViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();

        if (result.Violations.Length > 0)
        {
            Assert.Fail(Describe(page.Url, result.Violations));
        }
    }

    private static string Describe(string url, AxeResultItem[] violations)
    {
        var lines = new List<string> { $"axe found {violations.Length} accessibility violation(s) on {url}:" };
        foreach (var violation in violations)
        {
            lines.Add($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            lines.AddRange(violation.Nodes.Select(node => $"    at {node.Target}"));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
