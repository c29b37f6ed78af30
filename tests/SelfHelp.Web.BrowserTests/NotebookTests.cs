using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.BrowserTests;

/// <summary>What a person writes is kept: answers written through the programme all come back.</summary>
public sealed class NotebookTests(BrowserFixture browser)
{
    /// <summary>
    /// Issue 13: writing short answers through the modules in turn wiped everything once the saved state grew past a
    /// cookie's size. Answers of about 45 words, then of a few words near the boundary, module by module, until the progress cookie is split in chunks, then
    /// a reload and a fresh browser with the same cookies must find every answer.
    /// </summary>
    [Fact]
    public async Task ShortAnswers_ThroughTheProgramme_PastTheFirstChunk_AllComeBack()
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile, _ => { });
        var page = await context.NewPageAsync();
        var written = new List<(string Path, string Selector, string Text)>();
        var chunkedFor = 0;

        var words = 45;
        foreach (var (path, form, field) in TextBoxes())
        {
            var text = Prose.Passage(written.Count, words);
            await page.GotoAsync(path);
            var selector = $"#f-{form}-{field}";
            await page.FillAsync(selector, text);
            await page.Locator($"section:has({selector}) button[value=save]").ClickAsync();
            await Assertions.Expect(page.Locator($"section:has({selector}) .form-block__saved")).ToBeVisibleAsync();
            written.Add((path, selector, text));
            // Near the first chunk's size, a few words at a time, as the person did, so no length is skipped.
            var cookies = await context.CookiesAsync();
            words = cookies.Where(c => c.Name == "state").Sum(c => c.Value.Length) > 3600 ? 4 : words;
            chunkedFor = cookies.Any(c => c.Name == "stateC1") ? chunkedFor + 1 : 0;
            if (chunkedFor == 3)
            {
                break;
            }
        }

        Assert.True(chunkedFor == 3, "The progress cookie was never kept in chunks for three saves in a row: it was wiped, or the answers ran out.");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".notice")).ToHaveCountAsync(0);

        var saved = await context.StorageStateAsync();
        await using var fresh = await browser.NewContextAsync(Viewport.Mobile, o => o.StorageState = saved);
        var again = await fresh.NewPageAsync();
        foreach (var (path, selector, text) in written)
        {
            await again.GotoAsync(path);
            await Assertions.Expect(again.Locator(selector)).ToHaveValueAsync(text);
        }

        await Assertions.Expect(again.Locator(".notice")).ToHaveCountAsync(0);
    }

    /// <summary>The first free-text box of every form of the bundled programme, in programme order.</summary>
    private IEnumerable<(string Path, string Form, string Field)> TextBoxes()
    {
        var catalogue = browser.Services.GetRequiredService<ContentStore>().Catalogue;
        foreach (var module in catalogue.Modules)
        {
            foreach (var step in module.Steps)
            {
                foreach (var form in step.Forms)
                {
                    if (form.Fields.FirstOrDefault(f => f.Kind == FieldKind.Text) is { } field)
                    {
                        yield return ($"/modules/{module.Id}/{step.Number}", form.Id, field.Id);
                    }
                }
            }
        }
    }
}
