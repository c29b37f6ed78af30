namespace SelfHelp.Web.BrowserTests;

/// <summary>Landmarks, one h1, headings that never skip a level, and a skip link on every kind of page.</summary>
public sealed class StructureTests(BrowserFixture browser)
{
    public static TheoryData<string, int> Pages { get; } = new(SitePages.All);

    private const string Outline = """
        () => ({
          mains: document.querySelectorAll('main').length,
          banners: document.querySelectorAll('body > header').length,
          footers: document.querySelectorAll('body > footer').length,
          unnamedNavs: [...document.querySelectorAll('nav')].filter(n => !n.getAttribute('aria-label')).length,
          skip: document.querySelector('a.skip-link')?.getAttribute('href'),
          firstFocusable: document.querySelector('a[href], button, input, textarea, select')?.className,
          levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(h => h.getClientRects().length > 0).map(h => +h.tagName[1]),
        })
        """;

    // Filled in by Playwright from the script's result.
    public sealed class PageOutline
    {
        public int Mains { get; set; }

        public int Banners { get; set; }

        public int Footers { get; set; }

        public int UnnamedNavs { get; set; }

        public string? Skip { get; set; }

        public string? FirstFocusable { get; set; }

        public int[] Levels { get; set; } = [];
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasLandmarksOneH1AndHeadingsInOrder(string path, int status)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();

        // Act
        var response = await page.GotoAsync(path);
        var outline = await page.EvaluateAsync<PageOutline>(Outline);

        // Assert
        Assert.Equal(status, response?.Status);
        Assert.Equal(1, outline.Mains);
        Assert.Equal(1, outline.Banners);
        Assert.Equal(1, outline.Footers);
        Assert.Equal(0, outline.UnnamedNavs);
        Assert.Equal("#main", outline.Skip);
        Assert.Equal("skip-link", outline.FirstFocusable);
        Assert.Equal(1, outline.Levels.Count(l => l == 1));
        for (var i = 1; i < outline.Levels.Length; i++)
        {
            Assert.True(outline.Levels[i] <= outline.Levels[i - 1] + 1, $"{path}: an h{outline.Levels[i]} follows an h{outline.Levels[i - 1]}.");
        }
    }

    [Theory]
    [InlineData("/modules/welcome/3")]
    [InlineData("/help")]
    public async Task ShiftTab_UpALongPage_FocusIsNeverHiddenUnderTheQuickExitBar(string path)
    {
        // Arrange: focus the last link, at the bottom of a long page on a phone.
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.Locator("footer a").Last.FocusAsync();
        var checkedStops = 0;

        for (var i = 0; i < 30; i++)
        {
            // Act
            await page.Keyboard.PressAsync("Shift+Tab");
            var overlap = await page.EvaluateAsync<double?>("""
                () => {
                  const el = document.activeElement;
                  if (el === document.body || el.closest('.quick-exit-bar') || el.classList.contains('skip-link')) return null;
                  return document.querySelector('.quick-exit-bar').getBoundingClientRect().bottom - el.getBoundingClientRect().top;
                }
                """);

            if (overlap is null)
            {
                break;
            }

            // Assert (WCAG 2.4.11, focus not obscured)
            var focused = await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 80)");
            Assert.True(overlap <= 0, $"{focused} is focused {overlap:F0}px under the sticky quick exit bar.");
            checkedStops++;
        }

        Assert.True(checkedStops >= 15, $"Only {checkedStops} focus stops were checked.");
    }
}
