using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Feedback;

/// <summary>
/// <c>dotnet SelfHelp.Web.dll --feedback-report FOLDER [--feedback-month yyyy-MM]</c>: writes <c>feedback.html</c> and
/// <c>feedback.csv</c> into FOLDER from the configured store, with the same settings as the site (so run it where the
/// site runs), then exits. Counts under <c>Feedback:HideBelow</c> are never written.
/// </summary>
public static class FeedbackReportCommand
{
    public static string? Folder(string[] args) => Value(args, "--feedback-report");

    public static string? Month(string[] args) => Value(args, "--feedback-month");

    public static async Task<int> RunAsync(IServiceProvider services, string folder, string? month)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (month is not null && !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            await Console.Error.WriteLineAsync($"--feedback-month must be a month such as 2026-12, not '{month}'.");
            return 2;
        }

        var source = services.GetRequiredService<ContentSource>();
        var loaded = source.Load();
        if (loaded.HasErrors)
        {
            await Console.Error.WriteLineAsync("The content has errors; fix them first (see the content check).");
            return 1;
        }

        var options = services.GetRequiredService<IOptions<FeedbackOptions>>().Value;
        var counts = await services.GetRequiredService<IFeedbackStore>().ReadAsync(CancellationToken.None);
        if (counts is null)
        {
            await Console.Error.WriteLineAsync("The feedback store could not be read (see Feedback:Store and Feedback:Path).");
            return 1;
        }

        var content = source.Current.Content;
        var summary = FeedbackSummary.Build(counts, content.Feedback, content.Catalogue, options.HideBelow, "The whole programme", month);
        var siteName = services.GetRequiredService<IOptions<SiteOptions>>().Value.Name;
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "feedback.html"), FeedbackReport.Html(summary, siteName, DateTimeOffset.UtcNow), Encoding.UTF8);
        await File.WriteAllTextAsync(Path.Combine(folder, "feedback.csv"), FeedbackReport.Csv(summary), Encoding.UTF8);
        Console.WriteLine($"Wrote {Path.Combine(folder, "feedback.html")} and feedback.csv ({counts.Count} counters; counts under {options.HideBelow} hidden).");
        return 0;
    }

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
