using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// When a save fails before it is saved, the person gets every word back on the page, in a box, on a phone, with or
/// without JavaScript: with a way to save again when a flooded site refused it as one too many, to copy when the step
/// went while the page was open.
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
            if (response.Status != 429)
            {
                // Saved: wait until the next step is shown. (Not for the load event, which Playwright with Debian's
                // Chromium has missed now and then; the address and the elements below are polled.)
                await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex(Regex.Escape(Step) + "$"));
            }
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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SaveToAStepThatHasGone_EveryWordComesBackInABoxToCopy(bool javaScript)
    {
        // Arrange: the step page is open, and the module is taken down before the person saves. The post is sent on
        // to a module that does not exist (the address bar still shows the step).
        const string Words = "I want to be someone my sister can trust again.\nThat starts with being honest here.";
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();
        await page.RouteAsync("**" + Step, route => route.Request.Method == "POST"
            ? route.ContinueAsync(new() { Url = new Uri(browser.BaseAddress, "/modules/taken-down/3").ToString() })
            : route.ContinueAsync());
        await page.GotoAsync(Step);
        await page.FillAsync("#f-looking-after-myself-hopes", Words);

        // Act
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[name=go][value=next]"), r => r.Request.Method == "POST");

        // Assert
        Assert.Equal(404, response.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The page you were writing on is no longer here.");
        Assert.Equal(Words, (await page.GetByLabel("Your words").InputValueAsync()).ReplaceLineEndings("\n"));
        await Assertions.Expect(page.Locator("[data-test=given-back] button")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#safety")).ToBeVisibleAsync();
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }
}
