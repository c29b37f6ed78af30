using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SelfHelp.Content.CheckIns;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// Issue 18 in a browser, at phone and desktop size, with JavaScript on and off: answers flow into My plan, which
/// prints on one page; the "Help right now" page shows the plan; weeks of check-ins draw the expected charts; axe
/// finds nothing in any theme; nothing scrolls sideways at 320 px.
/// </summary>
public sealed class PlanAndCheckInTests(BrowserFixture browser)
{
    private const string UrgePlanStep = "/modules/urges/4";
    private const string WarningSigns = "#p-urges--my-urge-plan--warning-signs";
    private const string LapseFirstHour = "#p-staying-stopped--if-i-lapse--first-hour";

    public static TheoryData<Viewport, bool> Sizes { get; } = new()
    {
        { Viewport.Mobile, true },
        { Viewport.Mobile, false },
        { Viewport.Desktop, true },
        { Viewport.Desktop, false },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task AnswersFlowIntoMyPlan_EditInPlace_AndPrintOnOnePage(Viewport viewport, bool javaScript)
    {
        // Arrange: exercise 8.2 answered on its step.
        await using var context = await browser.NewContextAsync(viewport, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(UrgePlanStep);
        await page.Locator("#f-my-urge-plan-warning-signs").FillAsync("Scrolling in bed after midnight.");
        await page.Locator("label[for=f-my-urge-plan-ways-through-0]").ClickAsync();
        await page.Locator("#f-my-urge-plan-people-1").FillAsync("J (my brother)");
        await page.Locator("button[value='save:my-urge-plan']").ClickAsync();

        // Act: open My plan from the footer, and write the "after a lapse" part straight into it.
        await page.Locator(".site-footer a", new() { HasText = "My plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(WarningSigns)).ToHaveValueAsync("Scrolling in bed after midnight.");
        await page.Locator(LapseFirstHour).FillAsync("Call the helpline and go for a walk.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my plan" }).ClickAsync();

        // Assert: saved, and the exercise itself now holds the words written in the plan.
        await Assertions.Expect(page.Locator("#plan-saved")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(LapseFirstHour)).ToHaveValueAsync("Call the helpline and go for a walk.");
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("#plan-form")).ToBeHiddenAsync();
        var printed = page.Locator(".print-only");
        await Assertions.Expect(printed).ToBeVisibleAsync();
        await Assertions.Expect(printed).ToContainTextAsync("Scrolling in bed after midnight.");
        await Assertions.Expect(printed).ToContainTextAsync("Wait 15 minutes, then 15 more");
        await Assertions.Expect(printed).ToContainTextAsync("J (my brother)");
        await Assertions.Expect(printed).ToContainTextAsync("Call the helpline and go for a walk.");
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4" }));
        var pages = System.Text.RegularExpressions.Regex.Count(pdf, @"/Type\s*/Page[^s]");
        Assert.True(pages == 1, $"My plan printed on {pages} pages.");

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync("/modules/staying-stopped/4");
        await Assertions.Expect(page.Locator("#f-if-i-lapse-first-hour")).ToHaveValueAsync("Call the helpline and go for a walk.");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task HelpRightNow_FromBesideTheQuickExit_ShowsThePersonsPlanFirst(Viewport viewport, bool javaScript)
    {
        await using var context = await browser.NewContextAsync(viewport, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/my-plan");
        await page.Locator(WarningSigns).FillAsync("Feeling alone on Sunday evenings.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my plan" }).ClickAsync();

        await page.GotoAsync("/modules");
        await page.Locator(".quick-exit-bar a.now-link").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/now$"));
        var sections = await page.Locator("main h2").AllTextContentsAsync();
        Assert.Equal("Your plan", sections[0]);
        await Assertions.Expect(page.Locator(".now-plan")).ToContainTextAsync("Feeling alone on Sunday evenings.");
        await Assertions.Expect(page.Locator(".now-guide")).ToContainTextAsync("Three things to do now");
        await Assertions.Expect(page.Locator("section[aria-labelledby=now-talk] a[href^='tel:']").First).ToBeVisibleAsync();
        var timer = page.Locator("[data-now-timer]");
        if (javaScript)
        {
            await timer.Locator("[data-timer-start]").ClickAsync();
            await Assertions.Expect(timer.Locator("[data-timer-left]")).ToHaveTextAsync("10 minutes left");
            await timer.Locator("[data-timer-stop]").ClickAsync();
            await Assertions.Expect(timer.Locator("[data-timer-start]")).ToBeFocusedAsync();
            await page.AssertNoAccessibilityViolationsAsync();
        }
        else
        {
            await Assertions.Expect(timer).ToBeHiddenAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task CheckInsOverSeveralWeeks_DrawTheExpectedCharts(Viewport viewport, bool javaScript)
    {
        // Arrange: six weeks of check-ins (faked in the person's cookie), the last a week ago.
        await using var context = await browser.NewContextAsync(viewport, o => o.JavaScriptEnabled = javaScript);
        await AddCheckInsAsync(context, weeks: 6, theme: null);
        var page = await context.NewPageAsync();

        // Act: the suggestion is there; take this week's check-in through the form.
        await page.GotoAsync("/");
        await page.Locator(".check-in-suggestion a", new() { HasText = "Check in now" }).ClickAsync();
        await page.Locator("label[for=q-urge-days-1]").ClickAsync();
        await page.Locator("label[for=q-strongest-urge-3]").ClickAsync();
        await page.Locator("label[for=q-clear-days-7]").ClickAsync();
        await page.Locator("label[for=q-used-plan-1]").ClickAsync();
        await page.Locator("label[for=q-mood-8]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my check-in" }).ClickAsync();

        // Assert: seven weeks drawn, this week's the last.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/my-progress\\?checkedIn=1#check-ins$"));
        await Assertions.Expect(page.Locator("[data-test=trend-mood] svg circle")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("[data-test=trend-urge-days] svg rect")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("[data-test=trend-used-plan] svg rect")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("[data-test=trend-mood] .trend__summary")).ToContainTextAsync("7 check-ins");
        await Assertions.Expect(page.Locator("[data-test=trend-mood] .trend__summary")).ToContainTextAsync("the most recent 8 out of 10");
        await Assertions.Expect(page.Locator("[data-test=trend-wellbeing] svg circle")).ToHaveCountAsync(6);
        var last = page.Locator("[data-test=trend-mood] svg circle").Last;
        var first = page.Locator("[data-test=trend-mood] svg circle").First;
        Assert.True(double.Parse((await last.GetAttributeAsync("cy"))!, System.Globalization.CultureInfo.InvariantCulture)
            < double.Parse((await first.GetAttributeAsync("cy"))!, System.Globalization.CultureInfo.InvariantCulture), "A better mood should be drawn higher.");
        await Assertions.Expect(page.Locator(".check-in-suggestion")).ToHaveCountAsync(0);
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }

    [Theory]
    [InlineData("system")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task NewPages_HaveNoAccessibilityViolations_InEveryTheme(string theme)
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        await AddCheckInsAsync(context, weeks: 8, theme: theme);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/my-plan");
        await page.Locator(WarningSigns).FillAsync("Late nights.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my plan" }).ClickAsync();

        foreach (var path in new[] { "/my-plan", "/now", "/check-in", "/my-progress", "/" })
        {
            await page.GotoAsync(path);
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }

    [Fact]
    public async Task NewPages_DoNotScrollSideways_At320px()
    {
        await using var context = await browser.NewContextAsync(width: 320, height: 700);
        await AddCheckInsAsync(context, weeks: 52, theme: null);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/my-plan");
        await page.Locator(WarningSigns).FillAsync("Late nights.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my plan" }).ClickAsync();

        foreach (var path in new[] { "/my-plan", "/now", "/check-in", "/my-progress" })
        {
            await page.GotoAsync(path);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]}px wide in a {widths[1]}px window.");
        }
    }

    /// <summary>Puts weeks of check-ins (the last a week ago, all five questions and the WHO-5) into the person's progress cookie.</summary>
    private async Task AddCheckInsAsync(IBrowserContext context, int weeks, string? theme)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        var state = theme is null ? ProgressState.Empty : ProgressState.Empty.WithPreference(ReadingPreferences.Theme, theme);
        string[] ids = ["urge-days", "strongest-urge", "clear-days", "used-plan", "mood", "who5-cheerful", "who5-calm", "who5-active", "who5-rested", "who5-interested"];
        for (var w = weeks; w >= 1; w--)
        {
            var week = weeks - w;
            int[] values = [Math.Max(0, 5 - week), Math.Max(1, 8 - week), Math.Min(7, 2 + week), week % 2, Math.Min(10, 3 + week), 2, 3, 2, 3, 3];
            state = state.WithCheckIn(CheckIn.Of(today.AddDays(-7 * w), ids.Select((id, i) => KeyValuePair.Create(CheckInQuestion.KeyFor(id), (byte)values[i]))));
        }

        var value = browser.Services.GetRequiredService<ProgressProtector>().ProtectForCookie(state);
        await context.AddCookiesAsync([new Cookie { Name = "state", Value = value, Url = browser.BaseAddress.ToString() }]);
    }
}
