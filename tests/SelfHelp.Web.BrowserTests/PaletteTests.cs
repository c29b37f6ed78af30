using System.Globalization;
using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// Every colour pair of every theme meets WCAG AA, read from the stylesheet's variables as the browser resolves
/// them. axe checks the text it sees on a page; this also covers states it may not see (hover, visited, focus,
/// every tag) and non-text contrast (1.4.11). The ratio maths is WCAG's relative luminance.
/// </summary>
public sealed class PaletteTests(BrowserFixture browser)
{
    // Foreground, background, minimum: 4.5 for text (1.4.3), 3 for the edges of controls (1.4.11).
    private static readonly (string Foreground, string Background, double Minimum)[] Pairs =
    [
        .. from background in new[] { "--background", "--surface", "--safety-bg", "--distress-bg", "--saved-bg" }
           from foreground in new[] { "--text", "--muted", "--link", "--link-visited" }
           select (foreground, background, 4.5),
        ("--error", "--background", 4.5),
        ("--button-text", "--button", 4.5),
        ("--button-text", "--button-hover", 4.5),
        ("--text", "--secondary-hover", 4.5),
        ("--on-warning", "--warning", 4.5),
        ("--on-warning", "--warning-hover", 4.5),
        ("--header-text", "--header", 4.5),
        ("--focus-text", "--focus", 4.5),
        ("--tag-green-text", "--tag-green-bg", 4.5),
        ("--tag-yellow-text", "--tag-yellow-bg", 4.5),
        ("--tag-red-text", "--tag-red-bg", 4.5),
        ("--tag-grey-text", "--tag-grey-bg", 4.5),
        ("--tag-blue-text", "--tag-blue-bg", 4.5),
        ("--text", "--background", 3),
        ("--strong-border", "--background", 3),
        ("--care", "--background", 3),
        ("--tip", "--background", 3),
    ];

    private const string ReadPalette = """
        () => {
          const style = getComputedStyle(document.documentElement);
          const names = [...new Set([...document.styleSheets].flatMap(sheet => [...sheet.cssRules])
            .flatMap(function walk(rule) { return [rule, ...[...(rule.cssRules ?? [])].flatMap(walk)]; })
            .flatMap(rule => rule.style ? [...rule.style].filter(name => name.startsWith('--')) : []))];
          return Object.fromEntries(names.map(name => [name, style.getPropertyValue(name).trim()]));
        }
        """;

    [Theory]
    [InlineData("light", ColorScheme.Dark)]
    [InlineData("dark", ColorScheme.Light)]
    [InlineData("contrast", ColorScheme.Light)]
    [InlineData("system", ColorScheme.Light)]
    [InlineData("system", ColorScheme.Dark)]
    public async Task Palette_EveryPairMeetsWcagAA(string theme, ColorScheme device)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.ColorScheme = device);
        var page = await context.NewPageAsync();
        if (theme != "system")
        {
            await ReadingChoices.ChooseAsync(page, ("theme", theme));
        }

        // Act
        await page.GotoAsync("/");
        var palette = await page.EvaluateAsync<Dictionary<string, string>>(ReadPalette);

        // Assert
        var failures = Pairs
            .Select(pair => (pair, Ratio: ContrastRatio(palette[pair.Foreground], palette[pair.Background])))
            .Where(x => x.Ratio < x.pair.Minimum)
            .Select(x => $"{x.pair.Foreground} on {x.pair.Background}: {x.Ratio:F2} < {x.pair.Minimum}")
            .ToList();

        // Focus is an outline in --focus-text inside a ring of --focus: one of them must stand out from what is around it.
        foreach (var background in new[] { "--background", "--surface", "--safety-bg", "--header" })
        {
            var focus = Math.Max(ContrastRatio(palette["--focus-text"], palette[background]), ContrastRatio(palette["--focus"], palette[background]));
            if (focus < 3)
            {
                failures.Add($"focus on {background}: {focus:F2} < 3");
            }
        }

        Assert.True(failures.Count == 0, $"{theme} theme on a {device} device: {string.Join("; ", failures)}");
    }

    [Fact]
    public async Task DarkPalette_IsTheSameWhetherFollowedOrChosen()
    {
        // Arrange
        await using var system = await browser.NewContextAsync(Viewport.Mobile, o => o.ColorScheme = ColorScheme.Dark);
        var systemPage = await system.NewPageAsync();
        await using var chosen = await browser.NewContextAsync(Viewport.Mobile, o => o.ColorScheme = ColorScheme.Light);
        var chosenPage = await chosen.NewPageAsync();
        await ReadingChoices.ChooseAsync(chosenPage, ("theme", "dark"));

        // Act
        await systemPage.GotoAsync("/");
        await chosenPage.GotoAsync("/");
        var followed = await systemPage.EvaluateAsync<Dictionary<string, string>>(ReadPalette);
        var picked = await chosenPage.EvaluateAsync<Dictionary<string, string>>(ReadPalette);

        // Assert: the two copies of the dark palette in site.css have not drifted apart.
        Assert.Equal("#121214", followed["--background"]);
        Assert.Equal(picked.OrderBy(p => p.Key), followed.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task ForcedColours_ButtonsAndTagsGetBorders()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop, o => o.ForcedColors = ForcedColors.Active);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/modules");

        Assert.Equal("2px", await page.Locator(".tag").First.EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth"));
        Assert.Equal("2px", await page.Locator(".quick-exit").EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth"));
        await page.AssertNoAccessibilityViolationsAsync();
    }

    private static double ContrastRatio(string foreground, string background)
    {
        var (a, b) = (Luminance(foreground), Luminance(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string hex)
    {
        Assert.Matches("^#[0-9a-fA-F]{6}$", hex);
        double Channel(int index)
        {
            var c = int.Parse(hex.AsSpan(1 + (2 * index), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }
}
