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
}
