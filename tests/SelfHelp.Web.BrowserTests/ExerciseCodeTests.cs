namespace SelfHelp.Web.BrowserTests;

/// <summary>A practitioner reads out a code; the person types it however they heard it and reaches the exercise.</summary>
public sealed class ExerciseCodeTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/e/1.1", true)]
    [InlineData("/e/1-1", true)]
    [InlineData("/e/1 1", false)]
    public async Task CodeHeardOnThePhone_ReachesItsExercise(string typed, bool javaScript)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();

        // Act
        await page.GotoAsync(typed);

        // Assert
        Assert.EndsWith("/modules/welcome/3#f-looking-after-myself-title", page.Url, StringComparison.Ordinal);
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#f-looking-after-myself-title")).ToContainTextAsync("Exercise 1.1");
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }
}
