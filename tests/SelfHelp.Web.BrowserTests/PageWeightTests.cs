using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>Every page with its CSS and JavaScript stays under 50 KB transferred, for people on slow or costly data.</summary>
public sealed class PageWeightTests(BrowserFixture browser)
{
    private const int Budget = 50 * 1024;

    [Fact]
    public async Task EveryPageType_StaysUnderFiftyKilobytes()
    {
        var heaviest = (Path: "", Bytes: 0L);

        foreach (var (path, _) in SitePages.All)
        {
            // Arrange: a fresh context has an empty cache, so the page's stylesheet and scripts are counted every time.
            await using var context = await browser.NewContextAsync(Viewport.Mobile);
            var page = await context.NewPageAsync();
            var responses = new List<IResponse>();
            page.Response += (_, response) => responses.Add(response);

            // Act
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            long total = 0;
            foreach (var response in responses)
            {
                var sizes = await response.Request.SizesAsync();
                total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"{path}: {total:N0} bytes in {responses.Count} responses");
            if (total > heaviest.Bytes)
            {
                heaviest = (path, total);
            }

            // Assert
            Assert.True(responses.Count >= 3, $"{path} loaded {responses.Count} responses; the stylesheet or scripts were not fetched.");
            Assert.True(total < Budget, $"{path} transferred {total:N0} bytes, over the {Budget:N0}-byte budget.");
        }

        Assert.True(heaviest.Bytes > 1000, "Nothing was measured.");
    }
}
