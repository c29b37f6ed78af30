using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SelfHelp.Web.Feedback;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// Issue 20 in a browser, on the fixture site (public results on): finish a module, answer, see thanks; the charity's
/// report and the public page show the same counts, hiding those under ten; skipping changes nothing.
/// </summary>
public sealed class FeedbackTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FinishAnswerThanks_ThenTheReportAndThePublicPageAgree(bool javaScript)
    {
        var store = browser.FixtureServices.GetRequiredService<IFeedbackStore>();
        var before = Effort(await store.ReadAsync(TestContext.Current.CancellationToken), 4);
        for (var i = before; i < 11; i++)
        {
            await store.AddAsync("2026-12", "first", [new FeedbackAnswer("effort", 4)], TestContext.Current.CancellationToken);
        }

        await using var context = await browser.NewContextAsync(Viewport.Mobile, o =>
        {
            o.JavaScriptEnabled = javaScript;
            o.BaseURL = browser.FixtureAddress.ToString();
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules/first/2");
        await page.Locator("button[value=finish]").ClickAsync();
        await page.Locator("#finished a[data-test=feedback]").ClickAsync();
        await page.Locator("label[for=q-effort-4]").ClickAsync();
        await page.Locator("label[for=q-overall-5]").ClickAsync();
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();

        await Assertions.Expect(page.Locator(".panel")).ToContainTextAsync("Thank you");
        var counts = await store.ReadAsync(TestContext.Current.CancellationToken);
        var effort = Effort(counts, 4);
        Assert.True(effort >= 12, $"{effort} counted.");

        // The charity's report, opened in the browser, and the public page show the same numbers.
        var folder = Directory.CreateTempSubdirectory("selfhelp-feedback-report-");
        try
        {
            Assert.Equal(0, await FeedbackReportCommand.RunAsync(browser.FixtureServices, folder.FullName, null));
            var report = await context.NewPageAsync();
            await report.GotoAsync(new Uri(Path.Combine(folder.FullName, "feedback.html")).AbsoluteUri);
            var reported = await Rows(report.Locator("h2:has-text('First module') ~ table").First);
            await page.GotoAsync("/what-people-told-us");
            var shown = await Rows(page.Locator("section[aria-labelledby=results-first] table").First);

            Assert.Equal(reported, shown);
            Assert.Equal(("A little effort", effort.ToString(System.Globalization.CultureInfo.InvariantCulture)), shown[3]);
            Assert.Equal(("A huge effort", "fewer than 10"), shown[0]);
            if (javaScript)
            {
                await page.AssertNoAccessibilityViolationsAsync();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Skip_GoesBackAndChangesNothing()
    {
        var store = browser.FixtureServices.GetRequiredService<IFeedbackStore>();
        var before = (await store.ReadAsync(TestContext.Current.CancellationToken))!.Sum(c => c.Count);
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.BaseURL = browser.FixtureAddress.ToString());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules/first/2");
        await page.Locator("button[value=finish]").ClickAsync();
        await page.Locator("#finished a[data-test=feedback]").ClickAsync();
        await page.Locator("label[for=q-effort-1]").ClickAsync();

        await page.Locator("a[data-test=skip]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/modules/first$"));
        Assert.Equal(before, (await store.ReadAsync(TestContext.Current.CancellationToken))!.Sum(c => c.Count));
        await Assertions.Expect(page.Locator("#status-first, .facts")).Not.ToHaveCountAsync(0);
    }

    private static long Effort(IReadOnlyList<FeedbackCount>? counts, int answer) =>
        counts!.Where(c => c.Subject == "first" && c.Question == "effort" && c.Answer == answer).Sum(c => c.Count);

    private static async Task<List<(string Answer, string Count)>> Rows(ILocator table)
    {
        var rows = new List<(string, string)>();
        foreach (var row in await table.Locator("tbody tr").AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            rows.Add((cells[0].Trim(), cells[1].Trim()));
        }

        return rows;
    }
}
