using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>Steps, "My answers", the exercise list and blank sheets print cleanly: content only, readable, helplines at the end.</summary>
public sealed class PrintTests(BrowserFixture browser)
{
    // Things that make no sense on paper; each must not be displayed when printing.
    private static readonly string[] ScreenOnly =
        [".site-header", ".quick-exit-bar", ".skip-link", ".site-nav", ".step-nav", ".site-footer__links", "button", ".button", "[data-listen]"];

    public static TheoryData<string> Printable { get; } =
        ["/modules/welcome/3", "/modules/real-children/1", "/my-answers", "/exercises", "/exercises/7.2/sheet", "/exercises/1.1/sheet", "/practitioners", "/my-plan"];

    /// <summary>Checks one page as printed: nothing screen-only shows, text is readable, and a helpline is the last thing.</summary>
    private static async Task AssertPrintsCleanlyAsync(IPage page)
    {
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in ScreenOnly)
        {
            var shown = await page.EvaluateAsync<int>(
                "s => [...document.querySelectorAll(s)].filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').length", selector);
            Assert.True(shown == 0, $"{page.Url}: {shown} '{selector}' would be printed.");
        }

        var bodySize = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main p') || document.body).fontSize)");
        Assert.True(bodySize >= 14.6, $"{page.Url}: body text prints at {bodySize}px (under 11pt).");

        // The safety panel with the helplines prints after the content, like a footer.
        var safety = page.Locator("#safety");
        await Assertions.Expect(safety).ToBeVisibleAsync();
        await Assertions.Expect(safety.Locator("a[href^='tel:']").First).ToBeVisibleAsync();
        var order = await page.EvaluateAsync<bool>("() => !!(document.querySelector('main').compareDocumentPosition(document.querySelector('#safety')) & Node.DOCUMENT_POSITION_FOLLOWING)");
        Assert.True(order, $"{page.Url}: the helplines do not come after the content.");

        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 1000, $"{page.Url}: the printed PDF is empty.");
    }

    [Theory]
    [MemberData(nameof(Printable))]
    public async Task Page_PrintsCleanly(string path)
    {
        // Arrange: an answer saved, so that "My answers" has something to print.
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules/welcome/3");
        await page.Locator("form textarea").First.FillAsync("Something I wrote.");
        await page.Locator("form button[value^='save:']").First.ClickAsync();

        // Act
        await page.GotoAsync(path);

        // Assert
        await AssertPrintsCleanlyAsync(page);
        if (path == "/my-answers")
        {
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Something I wrote.");
        }
    }

    [Theory]
    [InlineData("dark", ColorScheme.Light)]
    [InlineData("contrast", ColorScheme.Light)]
    [InlineData(null, ColorScheme.Dark)]
    public async Task DarkOrContrastTheme_PrintsDarkTextOnWhite(string? theme, ColorScheme device)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Desktop, o => o.ColorScheme = device);
        var page = await context.NewPageAsync();
        if (theme is not null)
        {
            await ReadingChoices.ChooseAsync(page, ("theme", theme));
        }

        await page.GotoAsync("/modules/welcome/3");
        var onScreen = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color");

        // Act
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        // Assert: light text on screen, dark text on paper.
        Assert.NotEqual("rgb(29, 29, 31)", onScreen);
        Assert.Equal("rgb(29, 29, 31)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color"));
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
    }
}
