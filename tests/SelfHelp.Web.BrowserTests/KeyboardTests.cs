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
        await TabUntilAsync(page, "section.form-block--exercise button[value=save]");
        await page.Keyboard.PressAsync("Enter");

        // Assert
        await Assertions.Expect(page.Locator(".form-block__saved")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-looking-after-myself-hopes")).ToHaveValueAsync("Typed with the keyboard only");
    }

    private static async Task TabUntilAsync(IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
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
