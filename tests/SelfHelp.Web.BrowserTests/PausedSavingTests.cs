using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// When a flooded site refuses a save as one too many, the person gets every word back on the page, in a box, with a
/// way to save again, on a phone, with or without JavaScript.
/// </summary>
public sealed class PausedSavingTests(BrowserFixture browser)
{
    private const string Step = "/modules/welcome/3";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SaveRefusedAsTooMany_EveryWordComesBackInABoxToSaveAgain(bool javaScript)
    {
        // Arrange: a long answer with line breaks, as pasted from a notes app.
        var words = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"Line {i}: what I want to change, and why it matters to me & to others."));
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o =>
        {
            o.JavaScriptEnabled = javaScript;
            o.BaseURL = browser.PausedAddress.ToString();
        });
        var page = await context.NewPageAsync();

        // Act: the site takes one post a minute (shared with the other run of this test), so at most two saves in a
        // row can go through, and only across the turn of a minute.
        IResponse? response = null;
        for (var attempt = 0; attempt < 3 && response?.Status != 429; attempt++)
        {
            await page.GotoAsync(Step);
            await page.FillAsync("#f-looking-after-myself-hopes", words);
            response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[name=go][value=next]"), r => r.Request.Method == "POST");
            await page.WaitForLoadStateAsync();
        }

        // Assert
        Assert.Equal(429, response?.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Please wait a moment");
        var box = page.GetByLabel("Your words");
        Assert.Equal(words, (await box.InputValueAsync()).ReplaceLineEndings("\n"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save again" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#safety")).ToBeVisibleAsync();
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }
}
