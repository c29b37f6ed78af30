using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// Phone-size screenshots of the main pages for docs/accessibility.md. Always taken and checked; written to the
/// folder named by SELFHELP_SCREENSHOTS (for example docs/accessibility) only when that is set.
/// </summary>
public sealed class ScreenshotTests(BrowserFixture browser)
{
    private const string Variable = "SELFHELP_SCREENSHOTS";

    public static TheoryData<string, string, string?> Shots { get; } = new()
    {
        { "home", "/", null },
        { "programme", "/modules", null },
        { "step", "/modules/welcome/3", null },
        { "where-to-start", "/start", null },
        { "preferences", "/preferences", null },
        { "step-dark", "/modules/welcome/3", "dark" },
        { "step-contrast", "/modules/welcome/3", "contrast" },
    };

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task MainPage_AtPhoneSize(string name, string path, string? theme)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        if (theme is not null)
        {
            await ReadingChoices.ChooseAsync(page, ("theme", theme));
        }

        // Act
        await page.GotoAsync(path);
        var png = await page.ScreenshotAsync(new() { Type = ScreenshotType.Png });

        // Assert
        Assert.True(png.Length > 5_000, $"The screenshot of {path} is nearly empty.");
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{name}.png"), png, TestContext.Current.CancellationToken);
        }
    }
}
