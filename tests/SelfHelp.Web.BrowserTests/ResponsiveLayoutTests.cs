namespace SelfHelp.Web.BrowserTests;

public sealed class ResponsiveLayoutTests(BrowserFixture browser)
{
    public static TheoryData<string, int> Pages { get; } = new(SitePages.All);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_DoesNotScrollSideways_At320px(string path, int status)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(width: 320, height: 700);
        var page = await context.NewPageAsync();

        // Act
        var response = await page.GotoAsync(path);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");

        // Assert
        Assert.Equal(status, response?.Status);
        Assert.True(
            widths[0] <= widths[1],
            $"{path} is {widths[0]}px wide in a {widths[1]}px window: it scrolls sideways.");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_DoesNotScrollSideways_At200PercentZoom(string path, int status)
    {
        // Arrange: a 1280 px wide desktop window zoomed to 200% lays out like a 640 CSS px window at twice the density.
        await using var context = await browser.NewContextAsync(Viewport.Desktop, o =>
        {
            o.ViewportSize = new Microsoft.Playwright.ViewportSize { Width = 640, Height = 400 };
            o.DeviceScaleFactor = 2;
        });
        var page = await context.NewPageAsync();

        // Act
        var response = await page.GotoAsync(path);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth, window.devicePixelRatio]");

        // Assert
        Assert.Equal(status, response?.Status);
        Assert.Equal(2, widths[2]);
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]}px wide at 200% zoom in a {widths[1]}px window: it scrolls sideways.");
    }
}
