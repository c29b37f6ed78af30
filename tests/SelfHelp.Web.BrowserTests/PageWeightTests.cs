using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>Every page with its CSS and JavaScript stays under 50 KB transferred, for people on slow or costly data.</summary>
public sealed class PageWeightTests(BrowserFixture browser)
{
    private const int Budget = 50 * 1024;

    [Fact]
    public async Task EveryPageType_StaysUnderFiftyKilobytes()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var heaviest = (Path: "", Bytes: 0L);

        foreach (var (path, _) in SitePages.All)
        {
            var page = await context.NewPageAsync();
            var responses = new List<IResponse>();
            page.Response += (_, response) => responses.Add(response);

            // Act: a fresh page, so the stylesheet and script are counted every time.
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            long total = 0;
            foreach (var response in responses)
            {
                var sizes = await response.Request.SizesAsync();
                total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            }

            await page.CloseAsync();
            if (total > heaviest.Bytes)
            {
                heaviest = (path, total);
            }

            // Assert
            Assert.True(total < Budget, $"{path} transferred {total:N0} bytes, over the {Budget:N0}-byte budget.");
        }

        Assert.True(heaviest.Bytes > 1000, "Nothing was measured.");
    }
}
