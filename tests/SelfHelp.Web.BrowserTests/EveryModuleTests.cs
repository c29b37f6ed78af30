using SelfHelp.Content.Loading;

namespace SelfHelp.Web.BrowserTests;

/// <summary>Every module page and every step of the bundled programme, scanned in a real browser at phone size.</summary>
public sealed class EveryModuleTests(BrowserFixture browser)
{
    [Fact]
    public async Task EveryModuleAndStep_HasNoAccessibilityViolationsAndNoSidewaysScroll()
    {
        // Arrange
        var catalogue = new ContentLoader().Load(BrowserFixture.ContentPath).Catalogue;
        var paths = catalogue.Modules.SelectMany(m => m.Steps.Select(s => $"/modules/{m.Id}/{s.Number}").Prepend($"/modules/{m.Id}")).ToList();
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();

        foreach (var path in paths)
        {
            // Act
            var response = await page.GotoAsync(path);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");

            // Assert
            Assert.Equal(200, response?.Status);
            Assert.True(widths[0] <= widths[1], $"{path} scrolls sideways ({widths[0]}px in {widths[1]}px).");
            await page.AssertNoAccessibilityViolationsAsync();
        }

        Assert.True(paths.Count >= 14 * 3, $"Only {paths.Count} pages were scanned.");
    }
}
