using System.Diagnostics;
using System.Text.Json;

namespace SelfHelp.Web.Tests.Conformance;

/// <summary>
/// The Nu Html Checker (vnu.jar, the validator behind validator.w3.org/nu), installed from npm into
/// <c>tests/html-checker</c> by <c>tests/run.sh</c> and run with the machine's Java. It checks pages against the
/// HTML standard as a browser parses them: what axe no longer checks (duplicate ids, elements where they may not be,
/// broken attributes) and what our own tests never thought of.
/// </summary>
internal static class NuHtmlChecker
{
    private static string Jar { get; } = Path.Combine(Paths.RepositoryRoot, "tests", "html-checker", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>One error the checker found: the page's file name, the line and the message.</summary>
    public sealed record Error(string Page, int Line, string Message)
    {
        public override string ToString() => $"{Page}:{Line}: {Message}";
    }

    /// <summary>Checks every <c>.html</c> file in <paramref name="folder"/> at once; returns the errors (not warnings).</summary>
    public static async Task<IReadOnlyList<Error>> CheckAsync(DirectoryInfo folder)
    {
        if (!File.Exists(Jar))
        {
            throw new InvalidOperationException(
                $"The Nu Html Checker is not installed ({Jar} is missing). tests/run.sh installs it; by hand: npm ci --ignore-scripts --prefix tests/html-checker");
        }

        var start = new ProcessStartInfo("java")
        {
            ArgumentList = { "-Xss4m", "-jar", Jar, "--errors-only", "--format", "json", "--exit-zero-always", "--skip-non-html", folder.FullName },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var report = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The Nu Html Checker exited with {process.ExitCode}: {report}{await output}");
        }

        // With --format json the report is one JSON document on standard error.
        using var json = JsonDocument.Parse(report);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => new Error(
                Path.GetFileName(m.TryGetProperty("url", out var url) ? url.GetString()! : folder.FullName),
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!))];
    }
}
