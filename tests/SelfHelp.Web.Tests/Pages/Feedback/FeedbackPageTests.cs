using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Feedback;

namespace SelfHelp.Web.Tests.Pages.Feedback;

/// <summary>
/// Issue 20: after a module, a few optional questions. Answers only add to counters for the month; whether someone
/// answered is kept only in their own cookie; skipping changes nothing; a store that is down loses nothing else.
/// </summary>
public sealed class FeedbackPageTests : IDisposable
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 12, 14, 10, 0, 0, TimeSpan.Zero));
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("selfhelp-feedback-pages-");
    private readonly SelfHelpFactory _site;

    public FeedbackPageTests()
    {
        _site = Site(Path.Combine(_folder.FullName, "counts.db"));
    }

    public void Dispose()
    {
        _site.Dispose();
        _folder.Delete(recursive: true);
    }

    private SelfHelpFactory Site(string path, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["Feedback:Path"] = path };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return new SelfHelpFactory(Paths.FixtureContent, settings: settings, services: s => s.AddSingleton<TimeProvider>(_clock));
    }

    private static async Task FinishFirstAsync(HttpClient client) =>
        await client.PostFormAsync("/modules/first/2", ("forms", "finish"), ("finish.rating", "6"), ("go", "finish"));

    private static async Task<IReadOnlyList<FeedbackCount>> CountsAsync(SelfHelpFactory site) =>
        (await site.Services.GetRequiredService<IFeedbackStore>().ReadAsync(TestContext.Current.CancellationToken))!;

    [Fact]
    public async Task FinishingAModule_OffersTheQuestions_AndAnswersOnlyAddToThisMonthsCounters()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });
        await FinishFirstAsync(client);

        var finished = await client.GetDocumentAsync("/modules/first?finished=1");
        Assert.Equal("/feedback/first", finished.Single("#finished a[data-test=feedback]").GetAttribute("href"));
        var form = await client.GetDocumentAsync("/feedback/first");
        Assert.Equal(8, form.QuerySelectorAll("form.feedback fieldset").Length);
        Assert.Equal("How much effort did this module take?", form.Single("fieldset:has(#q-effort-1) legend").TextContent.Trim());

        var sent = await client.PostFormAsync("/feedback/first", form, ("q.effort", "4"), ("q.overall", "5"));

        Assert.Equal("/feedback/first?sent=1", sent.Headers.Location?.OriginalString);
        Assert.Contains("Thank you", (await client.GetDocumentAsync("/feedback/first?sent=1")).Single(".panel").TextContent, StringComparison.Ordinal);
        Assert.Equal([new FeedbackCount("2026-12", "first", "effort", 4, 1), new FeedbackCount("2026-12", "first", "overall", 5, 1)], await CountsAsync(_site));

        // Asked once: the cookie remembers, and the module page no longer offers it.
        Assert.Contains("already answered", (await client.GetDocumentAsync("/feedback/first")).Single("main").TextContent, StringComparison.Ordinal);
        Assert.Null((await client.GetDocumentAsync("/modules/first?finished=1")).QuerySelector("#finished a[data-test=feedback]"));
        var again = await client.PostFormAsync("/feedback/first", form, ("q.effort", "1"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await CountsAsync(_site)).Sum(c => c.Count));
    }

    [Fact]
    public async Task Skipping_CountsNothingAndGoesBack()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });
        await FinishFirstAsync(client);

        var skipped = await client.PostFormAsync("/feedback/first");

        Assert.Equal("/modules/first", skipped.Headers.Location?.OriginalString);
        Assert.Empty(await CountsAsync(_site));
        Assert.Equal("/modules/first", (await client.GetDocumentAsync("/feedback/first")).Single("a[data-test=skip]").GetAttribute("href"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("two")]
    [InlineData("-1")]
    public async Task AnswerOutsideTheScale_IsRefusedWithAClearMessage_AndTheOtherChoicesKept(string answer)
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });
        await FinishFirstAsync(client);

        var response = await client.PostFormAsync("/feedback/first", ("q.effort", answer), ("q.overall", "3"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("#q-effort-1", page.Single(".error-summary a").GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#q-overall-3[checked]"));
        Assert.Empty(await CountsAsync(_site));
    }

    [Fact]
    public async Task BeforeFinishing_SaysToComeBackLater_AndCountsNothing()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });

        var page = await client.GetDocumentAsync("/feedback/first");
        await client.PostFormAsync("/feedback/first", await client.GetDocumentAsync("/forget"), ("q.effort", "3"));

        Assert.Contains("after you have finished", page.Single("main").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form.feedback"));
        Assert.Empty(await CountsAsync(_site));
    }

    [Theory]
    [InlineData("/feedback/no-such-module")]
    [InlineData("/feedback/%20")]
    [InlineData("/what-people-told-us")]
    public async Task UnknownSubjectOrHiddenResults_AreNotFound(string path)
    {
        var response = await _site.CreateClient().GetPathAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task StoreDown_ThanksAndSaysTheAnswersCouldNotBeCounted_AndLosesNothingElse()
    {
        var blocked = Path.Combine(_folder.FullName, "a-file");
        await File.WriteAllTextAsync(blocked, "not a folder", TestContext.Current.CancellationToken);
        using var site = Site(Path.Combine(blocked, "counts.db"));
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        await FinishFirstAsync(client);

        var response = await client.PostFormAsync("/feedback/first", ("q.effort", "4"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("could not count your answers", (await Html.ParseAsync(response)).Single(".panel").TextContent, StringComparison.Ordinal);
        Assert.Equal("Completed", (await client.GetDocumentAsync("/modules")).Single("#status-first").TextContent.Trim());
        var ready = await client.GetPathAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready\nfeedback store not available", (await ready.TextAsync()).Trim());
    }

    [Fact]
    public async Task PublicResults_ShowTheSameSummaryAsTheReport_HidingCountsUnderTen()
    {
        using var site = Site(Path.Combine(_folder.FullName, "public.db"), new() { ["Feedback:PublicResults"] = "true" });
        var store = site.Services.GetRequiredService<IFeedbackStore>();
        for (var i = 0; i < 12; i++)
        {
            await store.AddAsync("2026-12", "first", [new FeedbackAnswer("effort", 4)], TestContext.Current.CancellationToken);
        }

        await store.AddAsync("2026-12", "first", [new FeedbackAnswer("effort", 1), new FeedbackAnswer("overall", 5)], TestContext.Current.CancellationToken);

        var page = await site.CreateClient().GetDocumentAsync("/what-people-told-us");

        var first = page.Single("section[aria-labelledby=results-first]");
        var rows = first.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["A huge effort", "fewer than 10"], rows[0]);
        Assert.Equal(["A little effort", "12"], rows[3]);
        Assert.Single(first.QuerySelectorAll("h3"));
        Assert.Contains("At least 10 answers.", first.TextContent, StringComparison.Ordinal);
        Assert.Single(first.QuerySelectorAll("svg.feedback-chart"));
        Assert.Contains("Fewer than 10 people have answered so far.", page.Single("section[aria-labelledby=results-second]").TextContent, StringComparison.Ordinal);
    }
}
