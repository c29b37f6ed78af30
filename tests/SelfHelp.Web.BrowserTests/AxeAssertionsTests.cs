using Deque.AxeCore.Playwright;
using Xunit.Sdk;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// The positive controls for every axe scan in this suite: the quick scan finds what axe finds, on our own pages with
/// faults put in, and a page with a frame is still scanned inside the frame.
/// </summary>
public sealed class AxeAssertionsTests(BrowserFixture browser)
{
    // Three faults of different kinds: an image without a text alternative, a box without a label, and a heading
    // whose grey on white is too faint to read.
    private const string Faults = """
        () => {
          const main = document.querySelector('main');
          main.insertAdjacentHTML('afterbegin',
            '<img src="/favicon.ico" data-fault>' +
            '<input type="text" data-fault>' +
            '<h2 data-fault>Faint</h2>');
          // Through the style object: the site's Content-Security-Policy ignores style attributes in markup.
          Object.assign(main.querySelector('h2[data-fault]').style, { color: '#ccc', background: '#fff' });
        }
        """;

    [Theory]
    [InlineData("/")]
    [InlineData("/modules/urges/2")]
    public async Task PageWithFaults_TheScanFindsEachOfThem_AndFailsTheTest(string path)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.EvaluateAsync(Faults);

        // Act
        var violations = await AxeAssertions.FindViolationsAsync(page);

        // Assert
        Assert.Equal(["color-contrast", "image-alt", "label"], violations.Select(v => v.Id).Order(StringComparer.Ordinal));
        Assert.All(violations, v => Assert.Single(v.Targets));
        var failure = await Assert.ThrowsAsync<FailException>(page.AssertNoAccessibilityViolationsAsync);
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageWithFaults_TheScanAgreesWithDequesOwnScan()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules");
        await page.EvaluateAsync(Faults);

        // Act
        var ours = await AxeAssertions.FindViolationsAsync(page);
        var deques = await page.RunAxe();

        // Assert: the same rules broken, by the same number of elements.
        Assert.Equal(
            deques.Violations.Select(v => $"{v.Id} {v.Nodes.Length}").Order(StringComparer.Ordinal),
            ours.Select(v => $"{v.Id} {v.Targets.Count}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PageWithAFrame_TheFaultInsideTheFrameIsFound()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="en"><title>Outside</title><main><h1>Outside</h1>
            <iframe title="A frame" srcdoc="<!doctype html><html lang=en><title>Inside</title><main><img src=x></main></html>"></iframe>
            </main></html>
            """);
        await page.FrameLocator("iframe").Locator("img").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });

        // Act
        var violations = await AxeAssertions.FindViolationsAsync(page);

        // Assert
        Assert.Contains(violations, v => v.Id == "image-alt");
    }
}
