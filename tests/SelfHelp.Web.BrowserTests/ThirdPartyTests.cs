namespace SelfHelp.Web.BrowserTests;

/// <summary>No page makes the browser contact any other site: no CDN, font service or analytics.</summary>
public sealed class ThirdPartyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Mobile)]
    [InlineData(Viewport.Desktop)]
    public async Task EveryPageType_RequestsOnlyFromItsOwnOrigin(Viewport viewport)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        // Act
        foreach (var (path, _) in SitePages.All)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        }

        // Assert
        var origin = browser.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.NotEmpty(requests);
        Assert.Contains(requests, r => r.Contains("/css/site.", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Contains("/js/quick-exit.", StringComparison.Ordinal));
        Assert.All(requests, url => Assert.StartsWith(origin + "/", url, StringComparison.Ordinal));
    }
}
