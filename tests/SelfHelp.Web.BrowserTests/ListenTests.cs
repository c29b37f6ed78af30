using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>"Listen" reads a step aloud where the browser can speak, and is hidden where it cannot.</summary>
public sealed class ListenTests(BrowserFixture browser)
{
    private const string Step = "/modules/welcome/3";

    // Replaces the browser's speech synthesis with a recorder, so the test hears what would be said. A fake that
    // finishes each utterance lets a whole step be read; one that never finishes keeps it "speaking".
    private static string FakeSpeech(bool finishes) => $$$"""
        (() => {
          const calls = [];
          window.__speech = calls;
          window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ""; };
          Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
            speak(u) { calls.push(["speak", u.text, u.lang]); {{{(finishes ? "setTimeout(() => u.onend && u.onend(), 5);" : "")}}} },
            pause() { calls.push(["pause"]); },
            resume() { calls.push(["resume"]); },
            cancel() { calls.push(["cancel"]); },
          }});
        })();
        """;

    [Fact]
    public async Task Listen_ReadsTheStepAloudButNotTheSafetyPanelOrTheForms()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        await context.AddInitScriptAsync(FakeSpeech(finishes: true));
        var page = await context.NewPageAsync();
        await page.GotoAsync(Step);

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Listen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Listen", Exact = true })).ToBeEnabledAsync();

        // Assert
        var spoken = await page.EvaluateAsync<string[]>("() => window.__speech.filter(c => c[0] === 'speak').map(c => c[1])");
        var heading = await page.Locator("h1").TextContentAsync();
        Assert.Equal(heading!.Trim(), spoken[0]);
        Assert.True(spoken.Length > 5, $"Only {spoken.Length} parts were read.");
        var safetyTitle = (await page.Locator("#safety-title").TextContentAsync())!.Trim();
        Assert.DoesNotContain(spoken, s => s.Contains(safetyTitle, StringComparison.Ordinal));
        var label = (await page.Locator("form label").First.TextContentAsync())!.Trim();
        Assert.DoesNotContain(spoken, s => s.Contains(label, StringComparison.Ordinal));
        Assert.All(await page.EvaluateAsync<string[]>("() => window.__speech.filter(c => c[0] === 'speak').map(c => c[2])"), lang => Assert.Equal("en", lang));
        await Assertions.Expect(page.Locator("[data-listen-status]")).ToHaveTextAsync("Stopped.");
    }

    [Fact]
    public async Task PauseResumeAndStop_ControlTheVoice()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        await context.AddInitScriptAsync(FakeSpeech(finishes: false));
        var page = await context.NewPageAsync();
        await page.GotoAsync(Step);
        var listen = page.Locator("[data-listen-play]");
        var pause = page.GetByRole(AriaRole.Button, new() { Name = "Pause" });
        var stop = page.GetByRole(AriaRole.Button, new() { Name = "Stop" });
        await Assertions.Expect(pause).ToBeDisabledAsync();
        await Assertions.Expect(stop).ToBeDisabledAsync();

        // Act and assert
        await listen.ClickAsync();
        await Assertions.Expect(page.Locator("[data-listen-status]")).ToHaveTextAsync("Reading aloud.");
        await page.AssertNoAccessibilityViolationsAsync();
        await pause.ClickAsync();
        await Assertions.Expect(listen).ToHaveTextAsync("Carry on listening");
        await Assertions.Expect(page.Locator("[data-listen-status]")).ToHaveTextAsync("Paused.");
        await listen.ClickAsync();
        await stop.ClickAsync();
        await Assertions.Expect(listen).ToHaveTextAsync("Listen");
        await Assertions.Expect(listen).ToBeFocusedAsync();
        await Assertions.Expect(stop).ToBeDisabledAsync();

        var calls = await page.EvaluateAsync<string[]>("() => window.__speech.map(c => c[0])");
        Assert.Equal(["cancel", "speak", "pause", "resume", "cancel"], calls);
    }

    [Fact]
    public async Task WithoutSpeechSynthesis_TheControlStaysHidden()
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        await context.AddInitScriptAsync("delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;");
        var page = await context.NewPageAsync();

        await page.GotoAsync(Step);

        await Assertions.Expect(page.Locator("[data-listen]")).ToBeHiddenAsync();
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task WithoutJavaScript_TheControlStaysHidden()
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = false);
        var page = await context.NewPageAsync();

        await page.GotoAsync(Step);

        await Assertions.Expect(page.Locator("[data-listen]")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Listen", Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task LeavingThePage_StopsTheVoice()
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        await context.AddInitScriptAsync(FakeSpeech(finishes: false) + "window.addEventListener('load', () => window.addEventListener('pagehide', () => sessionStorage.setItem('calls', JSON.stringify(window.__speech))));");
        var page = await context.NewPageAsync();
        await page.GotoAsync(Step);
        await page.Locator("[data-listen-play]").ClickAsync();

        await page.GotoAsync("/modules");

        var calls = await page.EvaluateAsync<string>("() => sessionStorage.getItem('calls')");
        Assert.EndsWith("[\"cancel\"]]", calls, StringComparison.Ordinal);
    }
}
