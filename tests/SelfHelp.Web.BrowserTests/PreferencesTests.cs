using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>Reading preferences apply at once and keep every page accessible and free of sideways scrolling.</summary>
public sealed class PreferencesTests(BrowserFixture browser)
{
    [Fact]
    public async Task LargestTextAndWideSpacing_KeepPagesAccessibleAt320px()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(320, 700);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/preferences");
        await page.CheckAsync("#text-larger");
        await page.CheckAsync("#spacing-wide");

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my preferences" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync("text-larger spacing-wide");
        foreach (var path in new[] { "/", "/modules", "/modules/welcome/3", "/help", "/no-such-page" })
        {
            await page.GotoAsync(path);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{path} scrolls sideways with large text ({widths[0]}px in {widths[1]}px).");
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }
}
