using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>A keyboard-only journey through a step, saving an exercise, with visible focus all the way.</summary>
public sealed class KeyboardTests(BrowserFixture browser)
{
    private const string FocusIsVisible = """
        () => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        }
        """;

    [Fact]
    public async Task KeyboardOnly_ReachFillAndSaveAnExercise_WithVisibleFocus()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules/welcome/3");

        // Act: tab to the answer box, checking that every stop shows focus.
        await TabUntilAsync(page, "#f-looking-after-myself-hopes");
        await page.Keyboard.TypeAsync("Typed with the keyboard only");
        await TabUntilAsync(page, "section.form-block--exercise button[value^='save:']");
        await page.Keyboard.PressAsync("Enter");

        // Assert
        await Assertions.Expect(page.Locator(".form-block__saved")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-looking-after-myself-hopes")).ToHaveValueAsync("Typed with the keyboard only");
    }

    [Fact]
    public async Task KeyboardOnly_WholeModule_FromTheSkipLinkToFinishing()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules/welcome");

        // Act and assert: the skip link is the first stop, and moves focus to the main content.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".skip-link")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();

        await TabUntilAsync(page, "a[data-test=start]");
        await page.Keyboard.PressAsync("Enter");
        for (var step = 1; step < 4; step++)
        {
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($@"/modules/welcome/{step}(\?saved=page)?$"));
            // A step that asks something moves on with "Save and continue", which saves; others with a link.
            await TabUntilAsync(page, "a[rel=next], button[value=next]");
            await page.Keyboard.PressAsync("Enter");
        }

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/modules/welcome/4(\?saved=page)?$"));
        await TabUntilAsync(page, "button[value=finish]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#finished")).ToBeVisibleAsync();
    }

    private static async Task TabUntilAsync(IPage page, string selector)
    {
        for (var i = 0; i < 120; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var tag = await page.EvaluateAsync<string>("() => document.activeElement.tagName + '#' + document.activeElement.id");
            Assert.True(await page.EvaluateAsync<bool>(FocusIsVisible), $"Focus is not visible on {tag}.");
            if (await page.EvaluateAsync<bool>($"() => document.activeElement.matches({System.Text.Json.JsonSerializer.Serialize(selector)})"))
            {
                return;
            }
        }

        Assert.Fail($"Could not reach {selector} with the Tab key.");
    }
}
