using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>Reading preferences apply at once and keep every page accessible and free of sideways scrolling.</summary>
public sealed class PreferencesTests(BrowserFixture browser)
{
    // A page of each kind: text, a form with every field kind, a list, a hard-content warning, an error page.
    private static readonly string[] Pages = ["/", "/modules", "/modules/welcome/3", "/modules/real-children/before", "/start", "/help", "/preferences", "/no-such-page"];

    public static TheoryData<string, string, Viewport> EachChoiceAtEachViewport { get; } = new(
        from choice in new[] { ("text", "large"), ("text", "larger"), ("spacing", "wide"), ("theme", "light"), ("theme", "dark"), ("theme", "contrast") }
        from viewport in Enum.GetValues<Viewport>()
        select (choice.Item1, choice.Item2, viewport));

    [Theory]
    [MemberData(nameof(EachChoiceAtEachViewport))]
    public async Task EachPreference_KeepsEveryKindOfPageAccessible(string preference, string value, Viewport viewport)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(viewport);
        var page = await context.NewPageAsync();

        // Act
        await ReadingChoices.ChooseAsync(page, (preference, value));

        // Assert
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync(value == "light" ? "theme-light" : $"{preference}-{value}");
        foreach (var path in Pages)
        {
            await page.GotoAsync(path);
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }

    [Fact]
    public async Task LargestTextAndWideSpacing_KeepPagesAccessibleAt320px()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(320, 700);
        var page = await context.NewPageAsync();

        // Act
        await ReadingChoices.ChooseAsync(page, ("text", "larger"), ("spacing", "wide"), ("theme", "contrast"));

        // Assert
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync("text-larger spacing-wide theme-contrast");
        foreach (var path in Pages)
        {
            await page.GotoAsync(path);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{path} scrolls sideways with large text ({widths[0]}px in {widths[1]}px).");
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }

    [Theory]
    [InlineData(ColorScheme.Dark, null, "rgb(18, 18, 20)")]
    [InlineData(ColorScheme.Light, null, "rgb(255, 255, 255)")]
    [InlineData(ColorScheme.Dark, "light", "rgb(255, 255, 255)")]
    [InlineData(ColorScheme.Light, "dark", "rgb(18, 18, 20)")]
    [InlineData(ColorScheme.Light, "contrast", "rgb(0, 0, 0)")]
    public async Task DeviceColourScheme_IsFollowedUnlessAThemeIsChosen(ColorScheme device, string? theme, string background)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.ColorScheme = device);
        var page = await context.NewPageAsync();
        if (theme is not null)
        {
            await ReadingChoices.ChooseAsync(page, ("theme", theme));
        }

        // Act
        await page.GotoAsync("/modules/welcome/3");

        // Assert
        Assert.Equal(background, await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task ChoosingATheme_WorksWithoutJavaScript()
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = false);
        var page = await context.NewPageAsync();

        await ReadingChoices.ChooseAsync(page, ("theme", "dark"));
        await page.GotoAsync("/");

        Assert.Equal("rgb(18, 18, 20)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        await Assertions.Expect(page.Locator("#theme-dark")).ToHaveCountAsync(0);
        await page.GotoAsync("/preferences");
        await Assertions.Expect(page.Locator("#theme-dark")).ToBeCheckedAsync();
    }
}
