namespace SelfHelp.Web.BrowserTests;

public sealed class StylesheetTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Mobile)]
    [InlineData(Viewport.Desktop)]
    public async Task Page_AppliesTheSiteStylesheet(Viewport viewport)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(viewport);
        var page = await context.NewPageAsync();

        // Act
        await page.GotoAsync("/");
        var header = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        var skipLinkLeft = await page.EvaluateAsync<double>("() => document.querySelector('.skip-link').getBoundingClientRect().left");

        // Assert: the header is coloured and the skip link is off screen until focused.
        Assert.Equal("rgb(11, 58, 93)", header);
        Assert.True(skipLinkLeft < 0, $"The skip link is visible at x={skipLinkLeft}: the stylesheet did not load.");
    }

    [Fact]
    public async Task SkipLink_OnFocus_ComesIntoViewAndMovesFocusToMain()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules");

        // Act
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.className");
        var left = await page.EvaluateAsync<double>("() => document.activeElement.getBoundingClientRect().left");
        await page.Keyboard.PressAsync("Enter");
        var afterEnter = await page.EvaluateAsync<string>("() => document.activeElement.id");

        // Assert
        Assert.Equal("skip-link", focused);
        Assert.True(left >= 0, "The focused skip link is still off screen.");
        Assert.Equal("main", afterEnter);
    }

    [Theory]
    [InlineData(Microsoft.Playwright.ReducedMotion.Reduce, "none")]
    [InlineData(Microsoft.Playwright.ReducedMotion.NoPreference, "all")]
    public async Task ReducedMotion_TurnsOffTransitions(Microsoft.Playwright.ReducedMotion motion, string transition)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.ReducedMotion = motion);
        var page = await context.NewPageAsync();

        // Act
        await page.GotoAsync("/");
        var property = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('a.button')).transitionProperty");

        // Assert
        Assert.Equal(transition, property);
    }
}
