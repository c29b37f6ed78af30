using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// An axe-core scan of the page as it is now, with every rule axe runs by default (WCAG 2.0 to 2.2 A and AA, and its
/// best practices).
/// </summary>
/// <remarks>
/// Deque.AxeCore.Playwright's <c>RunAxe</c> scans frame by frame and then finishes the run in a second, blank page:
/// about 2.3 seconds a scan on the 2-core CI machine, of which axe's own work is 0.3 to 0.5 and putting axe into the
/// page another 0.3. Our pages have no frames, so the scan runs axe once in the page itself and asks only for the
/// violations (about 0.7 seconds; the suite scans a few hundred pages). The same axe-core, from the same package,
/// runs the same rules. A page with a frame goes through Deque's scan, which covers frames.
/// </remarks>
internal static class AxeAssertions
{
    private static readonly Lazy<string> AxeSource = new(ReadAxeSource);

    private const string Scan = """
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return results.violations.map(v => ({
            id: v.id,
            impact: v.impact ?? '',
            help: v.help,
            helpUrl: v.helpUrl,
            targets: v.nodes.map(n => n.target.join(' ')),
          }));
        }
        """;

    public static async Task AssertNoAccessibilityViolationsAsync(this IPage page)
    {
        var violations = await FindViolationsAsync(page);

        if (violations.Count > 0)
        {
            Assert.Fail(Describe(page.Url, violations));
        }
    }

    /// <summary>Every rule the page breaks, with the elements that break it.</summary>
    public static async Task<IReadOnlyList<Violation>> FindViolationsAsync(IPage page)
    {
        if (await page.EvaluateAsync<bool>("() => document.querySelector('iframe, frame, object, embed') !== null"))
        {
            var result = await page.RunAxe();
            return [.. result.Violations.Select(v => new Violation(v.Id, v.Impact, v.Help, v.HelpUrl, [.. v.Nodes.Select(n => n.Target.ToString())]))];
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var found = await page.EvaluateAsync<JsonElement>(Scan);
        return [.. found.EnumerateArray().Select(v => new Violation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!,
            v.GetProperty("helpUrl").GetString()!,
            [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)]))];
    }

    internal sealed record Violation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets);

    private static string Describe(string url, IReadOnlyList<Violation> violations)
    {
        var lines = new List<string> { $"axe found {violations.Count} accessibility violation(s) on {url}:" };
        foreach (var violation in violations)
        {
            lines.Add($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            lines.AddRange(violation.Targets.Select(target => $"    at {target}"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    // The axe-core that Deque.AxeCore.Commons carries (and its own scan puts into pages).
    private static string ReadAxeSource()
    {
        var assembly = typeof(AxeRunOptions).Assembly;
        var name = assembly.GetManifestResourceNames().Single(resource => resource.EndsWith("axe.min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
