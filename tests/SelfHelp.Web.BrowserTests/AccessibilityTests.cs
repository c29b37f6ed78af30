namespace SelfHelp.Web.BrowserTests;

public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, int, Viewport> PagesAtEachViewport { get; } = new(
        from page in SitePages.All
        from viewport in Enum.GetValues<Viewport>()
        select (page.Path, page.Status, viewport));

    [Theory]
    [MemberData(nameof(PagesAtEachViewport))]
    public async Task Page_HasNoAccessibilityViolations(string path, int status, Viewport viewport)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(viewport);
        var page = await context.NewPageAsync();

        // Act
        var response = await page.GotoAsync(path);

        // Assert
        Assert.Equal(status, response?.Status);
        await page.AssertNoAccessibilityViolationsAsync();
    }
}
