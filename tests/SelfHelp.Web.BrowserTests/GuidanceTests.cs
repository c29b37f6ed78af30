using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// Issue 8 end to end: the "where to start" questions, the pacing suggestion, old module ids and retired codes.
/// Each runs with JavaScript off (as in Tor Browser's safest mode) and on, with an axe scan when it is on.
/// </summary>
public sealed class GuidanceTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Mobile, false)]
    [InlineData(Viewport.Mobile, true)]
    [InlineData(Viewport.Desktop, true)]
    public async Task Questionnaire_ProducesAPathThatTheOverviewShows(Viewport viewport, bool javaScript)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(viewport, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // Act
        await page.GetByRole(AriaRole.Link, new() { Name = "Help me choose where to start" }).ClickAsync();
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }

        await page.GetByRole(AriaRole.Group, new() { Name = "Which of these is closest to where you are now?" }).GetByLabel("I look at sexual images of children, or I did until recently").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "How often do you feel an urge to look?" }).GetByLabel("Most days").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "How are you feeling in yourself at the moment?" }).GetByLabel("I am getting by").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Suggest an order" }).ClickAsync();

        // Assert
        Assert.EndsWith("/start/result", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-test=path-reason]")).ToContainTextAsync("urges come most days");
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "See all modules" }).ClickAsync();
        var path = page.Locator("[data-test=path] .task-list__link");
        await Assertions.Expect(path.Nth(0)).ToHaveTextAsync("Starting here");
        await Assertions.Expect(path.Nth(1)).ToHaveTextAsync("Getting through an urge");
        await Assertions.Expect(path).ToHaveCountAsync(14);
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }

        // People can still go anywhere, and clear the order.
        await page.GetByRole(AriaRole.Link, new() { Name = "Feelings, stress and self-care" }).ClickAsync();
        Assert.EndsWith("/modules/self-care", page.Url, StringComparison.Ordinal);
        await page.PressBackAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear the suggested order" }).ClickAsync();
        await page.GotoAsync("/modules");
        await Assertions.Expect(page.Locator("[data-test=path]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-test=guide-offer]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Questionnaire_WithoutAnswers_ShowsAnErrorSummaryThatLeadsToTheQuestion()
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/start");

        await page.GetByRole(AriaRole.Button, new() { Name = "Suggest an order" }).ClickAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary.Locator("a")).ToHaveCountAsync(3);
        await summary.Locator("a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#q-where-viewing")).ToBeFocusedAsync();
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PacingSuggestion_AppearsAfterTheConfiguredNumberOfModulesInADay(bool javaScript)
    {
        // Arrange: the fixture site suggests a pause after 2 modules in a day.
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();

        // Act
        await page.GotoAsync(new Uri(browser.FixtureAddress, "/modules/first/2").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish this module" }).ClickAsync();
        await Assertions.Expect(page.Locator("#finished")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-test=pace-note]")).ToHaveCountAsync(0);

        await page.GotoAsync(new Uri(browser.FixtureAddress, "/modules/second/1").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish this module" }).ClickAsync();

        // Assert
        var note = page.Locator("[data-test=pace-note]");
        await Assertions.Expect(note).ToContainTextAsync("You have finished 2 modules today.");
        await Assertions.Expect(note.Locator("a[href^='tel:']")).ToBeVisibleAsync();
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }

        // Never a block.
        await page.GotoAsync(new Uri(browser.FixtureAddress, "/modules/first/1").ToString());
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await page.GotoAsync(new Uri(browser.FixtureAddress, "/modules").ToString());
        await Assertions.Expect(page.Locator("[data-test=pace-note]")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OldModuleId_RedirectsToTheModule(bool javaScript)
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(new Uri(browser.FixtureAddress, "/modules/old-first/1").ToString());

        Assert.Equal(200, response!.Status);
        Assert.Equal(new Uri(browser.FixtureAddress, "/modules/first/1").ToString(), page.Url);
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RetiredCode_SaysWhereTheExerciseWentAndLeadsThere(bool javaScript)
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(browser.FixtureAddress, "/e/1 2").ToString());

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Exercise 1.2 has a new place");
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Go to exercise 2.1" }).ClickAsync();
        Assert.EndsWith("/modules/second/1#f-note-title", page.Url, StringComparison.Ordinal);
    }
}
