using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>Support before and during hard content, and after an answer that suggests danger.</summary>
public sealed class SafetyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Mobile)]
    [InlineData(Viewport.Desktop)]
    public async Task HighIntensityModule_StartsWithBeforeYouStart(Viewport viewport)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules/real-children");

        // Act
        await page.Locator("a[data-test=start]").ClickAsync();

        // Assert
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/modules/real-children/before$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Before you start");
        await page.AssertNoAccessibilityViolationsAsync();
        await page.Locator("a[data-test=continue-module]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/modules/real-children/1$"));
        await Assertions.Expect(page.Locator(".care-note a.care-note__break")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(Viewport.Mobile, true)]
    [InlineData(Viewport.Desktop, true)]
    [InlineData(Viewport.Mobile, false)]
    public async Task DistressingAnswer_ShowsSupportAtOnceAndIsSaved(Viewport viewport, bool javaScript)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(viewport, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules/welcome/3");
        await page.FillAsync("#f-looking-after-myself-hopes", "Some nights I want to end my life.");

        // Act
        await page.Locator("section.form-block--exercise button[value^='save:']").ClickAsync();

        // Assert
        var support = page.Locator("#support");
        await Assertions.Expect(support).ToBeVisibleAsync();
        await Assertions.Expect(support.Locator("a[href='tel:116123']")).ToBeVisibleAsync();
        await Assertions.Expect(support.Locator("a[href='tel:999']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-looking-after-myself-hopes")).ToHaveValueAsync("Some nights I want to end my life.");
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }

        await page.GotoAsync("/my-answers");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Some nights I want to end my life.");
    }
}
