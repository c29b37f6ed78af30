using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

public sealed class JourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Mobile)]
    [InlineData(Viewport.Desktop)]
    public async Task Journey_HomeToModuleToStepToNext_Works(Viewport viewport)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await AssertArrivedAsync(page, "/");

        // Act: home → modules
        await page.GetByRole(AriaRole.Link, new() { Name = "Start the programme", Exact = true }).ClickAsync();
        await AssertArrivedAsync(page, "/modules");

        // Act: modules → first module
        await page.Locator("ol.task-list a.task-list__link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/modules/[^/]+$"), new() { Timeout = 30_000 });
        var modulePath = new Uri(page.Url).AbsolutePath;
        await AssertArrivedAsync(page, modulePath);

        // Act: module → step 1 → step 2
        await page.Locator("a[data-test=start]").ClickAsync();
        await AssertArrivedAsync(page, $"{modulePath}/1");
        await page.Locator("a[rel=next]").ClickAsync();

        // Assert
        await AssertArrivedAsync(page, $"{modulePath}/2");
    }

    private static async Task AssertArrivedAsync(IPage page, string path)
    {
        // Poll the address, then wait for the document itself to be complete, never for Playwright's "load"
        // lifecycle event: on a busy two-core machine it reported network idle but never "load" within 30 s
        // (CI, 2026-12-01 and 2026-12-02), although the page had arrived. WaitForURLAsync waits for that event
        // when the address already matches, even with WaitUntil = Commit.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^https?://[^/]+" + Regex.Escape(path) + "(?:[?#].*)?$"), new() { Timeout = 30_000 });
        Assert.Equal(path, new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.WaitForFunctionAsync("document.readyState === 'complete'", null, new() { Timeout = 20_000 });
        await page.AssertNoAccessibilityViolationsAsync();
    }
}
