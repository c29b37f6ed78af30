using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// Issues 13 and 14: what a person writes is kept. A whole programme of writing at phone size, with JavaScript on and
/// off, comes back whole in a fresh browser and through a progress file; moving on, going back and finishing never
/// drop typed words; nothing cuts pasted text; leaving with unsaved words asks first, except the quick exit.
/// </summary>
public sealed class NotebookTests(BrowserFixture browser)
{
    private const string Neutral = "https://www.bbc.co.uk/weather";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FullNotebook_100WordsInEveryBox_ComesBackInAFreshBrowserAndThroughAFile(bool javaScript)
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o =>
        {
            o.JavaScriptEnabled = javaScript;
            o.AcceptDownloads = true;
        });
        var page = await context.NewPageAsync();
        var written = new List<(string Path, string Selector, string Text)>();

        // Every page of the programme that asks something, filled and saved with "Save and stay on this page".
        foreach (var (path, boxes) in Boxes().GroupBy(b => b.Path).Select(g => (g.Key, g.ToList())))
        {
            await page.GotoAsync(path);
            foreach (var box in boxes)
            {
                var text = Prose.Passage(written.Count + (javaScript ? 500 : 0), box.Words);
                await page.FillAsync(box.Selector, text);
                written.Add((path, box.Selector, text));
            }

            await page.Locator("button[value='save:page']").ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".saved-note, .form-block__saved").First).ToBeVisibleAsync();
        }

        Assert.True(written.Count >= 77 + 55, $"Only {written.Count} boxes were written.");
        var saved = await context.StorageStateAsync();

        // A fresh browser with the same cookies finds every word.
        await using (var fresh = await browser.NewContextAsync(Viewport.Mobile, o =>
        {
            o.JavaScriptEnabled = javaScript;
            o.StorageState = saved;
        }))
        {
            await AssertEveryAnswerAsync(await fresh.NewPageAsync(), written);
        }

        // And so does a browser that only has the progress file.
        await page.GotoAsync("/save");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download my progress file").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"selfhelp-notebook-{Guid.NewGuid():N}.txt");
        await download.SaveAsAsync(file);
        try
        {
            await using var other = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
            var restore = await other.NewPageAsync();
            await restore.GotoAsync("/save");
            await restore.SetInputFilesAsync("#file", file);
            await restore.GetByRole(AriaRole.Button, new() { Name = "Restore my progress" }).ClickAsync();
            await Assertions.Expect(restore.GetByText("Your progress has been restored.")).ToBeVisibleAsync();
            await AssertEveryAnswerAsync(restore, written);
            await restore.GotoAsync("/my-answers");
            await Assertions.Expect(restore.Locator(".space-note__text")).ToContainTextAsync("% full");
            if (javaScript)
            {
                await restore.AssertNoAccessibilityViolationsAsync();
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Issue 13 in a browser: long answers in one module until its cookie is split in chunks, then three more saves;
    /// a reload and a fresh browser with the same cookies find every answer.
    /// </summary>
    [Fact]
    public async Task LongAnswersInOneModule_PastTheFirstChunk_AllComeBack()
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile, _ => { });
        var page = await context.NewPageAsync();
        var module = Boxes().GroupBy(b => b.Module).MaxBy(g => g.Count(b => b.Words == 100))!;
        var written = new List<(string Path, string Selector, string Text)>();
        var chunkedFor = 0;
        foreach (var box in module.Where(b => b.Words == 100))
        {
            var text = Prose.Passage(written.Count + 900, 600);
            await page.GotoAsync(box.Path);
            await page.FillAsync(box.Selector, text);
            await page.Locator($"section:has({box.Selector}) button[value^='save:']").ClickAsync();
            await Assertions.Expect(page.Locator($"section:has({box.Selector}) .form-block__saved")).ToBeVisibleAsync();
            written.Add((box.Path, box.Selector, text));
            chunkedFor = (await context.CookiesAsync()).Any(c => c.Name.StartsWith("state-", StringComparison.Ordinal) && c.Name.EndsWith("C1", StringComparison.Ordinal)) ? chunkedFor + 1 : 0;
            if (chunkedFor == 3)
            {
                break;
            }
        }

        Assert.True(chunkedFor == 3, "The module's answer cookie was never kept in chunks for three saves in a row.");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".notice")).ToHaveCountAsync(0);
        var saved = await context.StorageStateAsync();
        await using var fresh = await browser.NewContextAsync(Viewport.Mobile, o => o.StorageState = saved);
        await AssertEveryAnswerAsync(await fresh.NewPageAsync(), written);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SaveAndContinue_Previous_AndFinish_KeepWhatWasTyped(bool javaScript)
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();

        // "Save and continue" on exercise 1.1.
        await page.GotoAsync("/modules/welcome/3");
        await page.FillAsync("#f-looking-after-myself-hopes", "Typed, then Save and continue");
        await page.Locator("button[value=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/modules/welcome/4"));
        await Assertions.Expect(page.Locator(".saved-note")).ToBeVisibleAsync();

        // On the last step, the reflection typed and then "Save and go back".
        var reflection = page.Locator("section.form-block--reflection textarea").First;
        await reflection.FillAsync("Typed, then Previous");
        await page.Locator("button[value=previous]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/modules/welcome/3"));
        await Assertions.Expect(page.Locator("#f-looking-after-myself-hopes")).ToHaveValueAsync("Typed, then Save and continue");

        // Finishing with the reflection changed: the change is saved too.
        await page.GotoAsync("/modules/welcome/4");
        await Assertions.Expect(reflection).ToHaveValueAsync("Typed, then Previous");
        await reflection.FillAsync("Typed, then finished");
        await page.Locator("button[value=finish]").ClickAsync();
        await Assertions.Expect(page.Locator("#finished")).ToBeVisibleAsync();
        await page.GotoAsync("/my-answers");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Typed, then finished");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Typed, then Save and continue");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PastedLongAnswer_IsNeverCut_AndOverTheLimitComesBackWhole(bool javaScript)
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules/welcome/3");
        var box = page.Locator("#f-looking-after-myself-hopes");
        var limit = page.Locator("#f-looking-after-myself-hopes-limit");
        await Assertions.Expect(limit).ToHaveTextAsync("You can write up to 4,000 characters here.");
        var text = Prose.Passage(3000, 800);

        await box.FillAsync(text);

        await Assertions.Expect(box).ToHaveValueAsync(text);
        if (javaScript)
        {
            await Assertions.Expect(limit).ToContainTextAsync("over the limit of 4,000");
        }

        await page.Locator("section.form-block--exercise button[value^='save:']").ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Nothing has been lost");
        await Assertions.Expect(box).ToHaveValueAsync(text);
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }

    [Fact]
    public async Task LeavingWithUnsavedWords_AsksFirst_ButTheQuickExitLeavesAtOnce()
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile, _ => { });
        await context.RouteAsync("https://www.bbc.co.uk/**", route => route.FulfillAsync(new() { Body = "<title>Weather</title>", ContentType = "text/html" }));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules/welcome/3");
        await page.Locator("#f-looking-after-myself-hopes").ClickAsync();
        await page.Keyboard.TypeAsync("Not saved yet");
        var asked = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Type);
            await dialog.DismissAsync();
        };

        await page.Locator(".site-footer a[href='/my-answers']").ClickAsync();
        await page.WaitForTimeoutAsync(500);

        Assert.Equal(["beforeunload"], asked);
        Assert.EndsWith("/modules/welcome/3", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#f-looking-after-myself-hopes")).ToHaveValueAsync("Not saved yet");

        await page.Locator("a[data-quick-exit]").ClickAsync();
        await page.WaitForAddressAsync(Neutral);
        Assert.Single(asked);
    }

    private static async Task AssertEveryAnswerAsync(IPage page, List<(string Path, string Selector, string Text)> written)
    {
        foreach (var group in written.GroupBy(w => w.Path))
        {
            await page.GotoAsync(group.Key);
            await Assertions.Expect(page.Locator(".notice")).ToHaveCountAsync(0);
            foreach (var (_, selector, text) in group)
            {
                await Assertions.Expect(page.Locator(selector)).ToHaveValueAsync(text);
            }
        }
    }

    private sealed record Box(string Module, string Path, string Selector, int Words);

    /// <summary>Every text box (100 words) and every list line (15 words) of the bundled programme, in order.</summary>
    private IEnumerable<Box> Boxes()
    {
        var catalogue = browser.Services.GetRequiredService<ContentSource>().Current.Content.Catalogue;
        return
            from module in catalogue.Modules
            from step in module.Steps
            from form in step.Forms
            from field in form.Fields
            where field.Kind is FieldKind.Text or FieldKind.List
            from item in field.Kind == FieldKind.Text ? [0] : Enumerable.Range(1, field.Items)
            select new Box(
                module.Id,
                $"/modules/{module.Id}/{step.Number}",
                item == 0 ? $"#f-{form.Id}-{field.Id}" : $"#f-{form.Id}-{field.Id}-{item}",
                item == 0 ? 100 : 15);
    }
}
