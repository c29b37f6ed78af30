using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SelfHelp.Content.Loading;

namespace SelfHelp.Web.BrowserTests;

/// <summary>The German programme in a real browser at phone size, and switching language mid-module (ADR 0010).</summary>
public sealed class LanguageTests(BrowserFixture browser)
{
    // Module 1's third step holds exercise 1.1 in both languages, with the same field ids.
    private const string ExerciseStep = "/modules/welcome/3";
    private const string Hopes = "#f-looking-after-myself-hopes";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GermanJourney_HomeToAnExerciseAndOn_WorksWithAndWithoutJavaScript(bool javaScript)
    {
        // Arrange: a German browser, so / opens the German site.
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o =>
        {
            o.JavaScriptEnabled = javaScript;
            o.Locale = "de-DE";
        });
        var page = await context.NewPageAsync();

        // Act: home → programme → module 1 → step 1 → step 3, save an answer, go on.
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/de/$"));
        Assert.Equal("de", await page.Locator("html").GetAttributeAsync("lang"));
        await page.Locator("a.site-nav__link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/de/modules$"));
        await page.Locator("ol.task-list a.task-list__link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/de/modules/welcome$"));
        await page.Locator("a[data-test=start]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/de/modules/welcome/1$"));
        await page.GotoAsync("/de" + ExerciseStep);
        await page.FillAsync(Hopes, "Wieder ruhig schlafen können.");
        await page.Locator("section.form-block--exercise button[value^='save:']").ClickAsync();

        // Assert: saved, in German, on the German page, and the rest of the step works.
        await Assertions.Expect(page.Locator(".form-block__saved")).ToBeVisibleAsync();
        Assert.StartsWith("/de/modules/welcome/3", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(Hopes)).ToHaveValueAsync("Wieder ruhig schlafen können.");
        await Assertions.Expect(page.Locator(".quick-exit")).ToContainTextAsync("Seite verlassen");
        await page.Locator("button[name=go][value=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/de/modules/welcome/4(\\?saved=page)?$"));
        if (javaScript)
        {
            // axe runs as a script, so only where scripts run; the German pages are all scanned below.
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SwitchingLanguageMidModule_KeepsThePlaceAndTheAnswers(bool javaScript)
    {
        // Arrange: an answer written in English.
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(ExerciseStep);
        await page.FillAsync(Hopes, "To sleep well again");
        await page.Locator("section.form-block--exercise button[value^='save:']").ClickAsync();
        await Assertions.Expect(page.Locator(".form-block__saved")).ToBeVisibleAsync();

        // Act: switch to German on the same step.
        await page.Locator(".language-switch a[hreflang=de]").ClickAsync();

        // Assert: same step, German, same answer; and back again.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/de/modules/welcome/3$"));
        Assert.Equal("de", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator(Hopes)).ToHaveValueAsync("To sleep well again");
        await page.Locator(".language-switch a[hreflang=en]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/modules/welcome/3$"));
        Assert.DoesNotContain("/de/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(Hopes)).ToHaveValueAsync("To sleep well again");

        // The choice is remembered: / now opens in English even for a German browser's next visit.
        await page.GotoAsync("/");
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task EveryGermanModuleAndStep_HasNoAccessibilityViolationsAndNoSidewaysScroll()
    {
        var catalogue = new ContentLoader().Load(BrowserFixture.GermanContentPath).Catalogue;
        var paths = catalogue.Modules.SelectMany(m => m.Steps.Select(s => $"/de/modules/{m.Id}/{s.Number}").Prepend($"/de/modules/{m.Id}"))
            .Concat(["/de/", "/de/modules", "/de/start", "/de/help", "/de/now", "/de/exercises", "/de/my-plan", "/de/check-in", "/de/my-progress", "/de/privacy", "/de/status/404"])
            .ToList();
        await using var context = await browser.NewContextAsync(320, 640);
        var page = await context.NewPageAsync();

        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");

            Assert.True(response?.Status is 200 or 404, $"{path} gave {response?.Status}.");
            Assert.Equal("de", await page.Locator("html").GetAttributeAsync("lang"));
            Assert.True(widths[0] <= widths[1], $"{path} scrolls sideways at 320 px ({widths[0]}px in {widths[1]}px).");
            await page.AssertNoAccessibilityViolationsAsync();
        }

        Assert.True(paths.Count >= 14 * 3, $"Only {paths.Count} pages were scanned.");
    }
}
