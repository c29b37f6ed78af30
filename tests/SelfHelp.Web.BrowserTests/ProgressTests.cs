using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>Progress lives only in the browser: it survives a restart, moves by file, and can be forgotten.</summary>
public sealed class ProgressTests(BrowserFixture browser)
{
    // The welcome module's third step holds exercise 1.1 with a checklist and a free-text field.
    private const string ExerciseStep = "/modules/welcome/3";
    private const string Hopes = "#f-looking-after-myself-hopes";
    private const string Answer = "To feel at peace with myself";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Answer_SurvivesClosingAndReopeningTheBrowser(bool javaScript)
    {
        // Arrange
        await using var first = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await first.NewPageAsync();
        await page.GotoAsync("/modules/welcome/1");
        await page.GotoAsync(ExerciseStep);
        await page.FillAsync(Hopes, Answer);
        await page.Locator("section.form-block--exercise button[value^='save:']").ClickAsync();
        await Assertions.Expect(page.Locator(".form-block__saved")).ToBeVisibleAsync();
        var saved = await first.StorageStateAsync();

        // Act
        await using var second = await browser.NewContextAsync(Viewport.Mobile, o =>
        {
            o.JavaScriptEnabled = javaScript;
            o.StorageState = saved;
        });
        var again = await second.NewPageAsync();
        await again.GotoAsync("/modules");

        // Assert
        await Assertions.Expect(again.Locator("#status-welcome")).ToHaveTextAsync("In progress");
        await again.GotoAsync(ExerciseStep);
        await Assertions.Expect(again.Locator(Hopes)).ToHaveValueAsync(Answer);
        await again.GotoAsync("/");

        // "Continue" goes on to the next unread step after the one they left off at.
        await Assertions.Expect(again.Locator("a[data-test=resume]")).ToHaveAttributeAsync("href", "/modules/welcome/4");
        if (javaScript)
        {
            // axe runs as a script in the page, so it can only scan with JavaScript on.
            await again.AssertNoAccessibilityViolationsAsync();
        }
    }

    [Fact]
    public async Task SaveToFile_RestoreInAFreshBrowser_BringsBackAnswers()
    {
        // Arrange
        await using var first = await browser.NewContextAsync(Viewport.Desktop, o => o.AcceptDownloads = true);
        var page = await first.NewPageAsync();
        await page.GotoAsync(ExerciseStep);
        await page.FillAsync(Hopes, Answer);
        await page.Locator("section.form-block--exercise button[value^='save:']").ClickAsync();
        await page.GotoAsync("/save");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download my progress file").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"selfhelp-progress-{Guid.NewGuid():N}.txt");
        await download.SaveAsAsync(file);

        try
        {
            // Act
            await using var second = await browser.NewContextAsync(Viewport.Desktop, _ => { });
            var fresh = await second.NewPageAsync();
            await fresh.GotoAsync("/save");
            await fresh.SetInputFilesAsync("#file", file);
            await fresh.GetByRole(AriaRole.Button, new() { Name = "Restore my progress" }).ClickAsync();

            // Assert
            await Assertions.Expect(fresh.GetByText("Your progress has been restored.")).ToBeVisibleAsync();
            await fresh.AssertNoAccessibilityViolationsAsync();
            await fresh.GotoAsync("/my-answers");
            await Assertions.Expect(fresh.Locator("main")).ToContainTextAsync(Answer);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ForgetMe_AfterConfirming_RemovesEverything()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile, _ => { });
        var page = await context.NewPageAsync();
        await page.GotoAsync(ExerciseStep);
        await page.FillAsync(Hopes, Answer);
        await page.Locator("section.form-block--exercise button[value^='save:']").ClickAsync();

        // Act
        await page.GotoAsync("/forget");
        await page.GetByRole(AriaRole.Button, new() { Name = "Forget me on this device" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator(".panel")).ToContainTextAsync("This browser no longer holds anything");
        await page.AssertNoAccessibilityViolationsAsync();
        Assert.Empty(await context.CookiesAsync());
        await page.GotoAsync("/modules");
        await Assertions.Expect(page.Locator("#status-welcome")).ToHaveTextAsync("Not started");
    }
}
