using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// Issue 15 end to end: sentences typed into a real exercise bring the right support straight after saving, with
/// working tel: links, and only for danger; /help and the struggling result of /start put a tel: link on the first
/// screen of a phone. JavaScript off (as in Tor Browser's safest mode) and on, with an axe scan when it is on.
/// Screenshots go to the folder in SELFHELP_SCREENSHOTS when it is set.
/// </summary>
public sealed partial class SupportTests(BrowserFixture browser)
{
    private const string Step = "/modules/welcome/3";
    private const string Answer = "#f-looking-after-myself-hopes";
    private const int PhoneHeight = 844;

    public static TheoryData<string, string, bool> Sentences { get; } = new()
    {
        { "crisis", "some nights I think about topping myself", false },
        { "crisis", "I have been planning how to kill my self", true },
        { "crisis", "I took an overdose last year and I've been cutting again", true },
        { "child", "I'm alone with my stepdaughter most evenings and I don't trust myself", false },
        { "child", "I've been chatting to a 14 year old girl online", true },
        { "none", "I killed time scrolling, cut down on coffee and went to my kids' school play", false },
        { "none", "I'd rather be watching football than dying my hair", true },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public async Task Exercise_TypedSentence_BringsTheRightSupportOnlyForDanger(string expected, string sentence, bool javaScript)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Step);
        await page.Locator(Answer).PressSequentiallyAsync(sentence);

        // Act
        await page.Locator("section.form-block--exercise button[value^='save:']").ClickAsync();

        // Assert
        var support = page.Locator("#support");
        if (expected == "none")
        {
            await Assertions.Expect(page.Locator(".form-block__saved")).ToBeVisibleAsync();
            await Assertions.Expect(support).ToHaveCountAsync(0);
        }
        else
        {
            await Assertions.Expect(support).ToBeVisibleAsync();
            var emergency = support.Locator("a[href='tel:999']").First;
            await AssertWorkingTelLinkAsync(emergency);
            if (expected == "crisis")
            {
                await Assertions.Expect(support.Locator("h2")).ToHaveTextAsync("You do not have to face this alone");
                await AssertWorkingTelLinkAsync(support.Locator("[data-support=crisis] a[href='tel:116123']"));
                await Assertions.Expect(support.Locator(".distress__steps")).ToHaveCountAsync(0);
            }
            else
            {
                await Assertions.Expect(support.Locator("h2")).ToHaveTextAsync("If a child is in danger now, call 999");
                await Assertions.Expect(support.Locator(".distress__steps > li")).ToHaveCountAsync(4);
                await AssertWorkingTelLinkAsync(support.Locator("[data-support=specialist] > a[href='tel:+448081000900']"));
                await Assertions.Expect(support.Locator(".distress__contacts")).ToHaveCountAsync(0);
            }

            if (javaScript)
            {
                await page.AssertNoAccessibilityViolationsAsync();
            }

            await SaveScreenshotAsync(page, $"support-{expected}");
        }

        // Whatever was typed is kept.
        await Assertions.Expect(page.Locator(Answer)).ToHaveValueAsync(sentence);
        await page.GotoAsync("/my-answers");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(sentence);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ExtremeRating_BringsSupportDeclaredOnTheScale(bool javaScript)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/modules/self-care/3");

        // Act
        await page.Locator("input[name='looking-after-me.mood'][value='1']").CheckAsync();
        await page.Locator("section:has(#f-looking-after-me-title) button[value^='save:']").ClickAsync();

        // Assert
        var support = page.Locator("#support");
        await Assertions.Expect(support).ToContainTextAsync("Your answer says things are very hard");
        await AssertWorkingTelLinkAsync(support.Locator("[data-support=crisis] a"));
        await Assertions.Expect(page.Locator("input[name='looking-after-me.mood'][value='1']")).ToBeCheckedAsync();
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Help_HasATelLinkOnTheFirstScreenOfAPhone(bool javaScript)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();

        // Act
        await page.GotoAsync("/help");

        // Assert
        await AssertTelLinkOnFirstScreenAsync(page);
        await Assertions.Expect(page.Locator(".helpline-summary .helpline-status").First).ToHaveTextAsync(StatusText());
        await Assertions.Expect(page.Locator("details.other-region").First).Not.ToHaveAttributeAsync("open", "");
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
            await page.Locator("details.other-region summary").First.ClickAsync();
            await Assertions.Expect(page.Locator("details.other-region").First.Locator("a[href^='tel:']").First).ToBeVisibleAsync();
            await page.AssertNoAccessibilityViolationsAsync();
        }

        await SaveScreenshotAsync(page, "help", fullPage: false);
        await SaveScreenshotAsync(page, "help-full", fullPage: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StartStruggling_PutsATelLinkOnTheFirstScreenOfAPhone(bool javaScript)
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile, o => o.JavaScriptEnabled = javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/start");
        await page.GetByRole(AriaRole.Group, new() { Name = "Which of these is closest to where you are now?" }).GetByLabel("I have not, but I am worried that I might").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "How often do you feel an urge to look?" }).GetByLabel("Now and then").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "How are you feeling in yourself at the moment?" }).GetByLabel("I am struggling. I feel very low, anxious or alone").CheckAsync();

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Suggest an order" }).ClickAsync();

        // Assert
        Assert.EndsWith("/start/result", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("main .helpline-summary h2")).ToHaveTextAsync("Talk to someone today");
        await AssertTelLinkOnFirstScreenAsync(page);
        if (javaScript)
        {
            await page.AssertNoAccessibilityViolationsAsync();
        }

        await SaveScreenshotAsync(page, "start-struggling", fullPage: false);
    }

    [Fact]
    public async Task Help_BelgiumInFrench_ShowsFrenchServicesFirst()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/help");

        // Act
        await page.Locator("#region").SelectOptionAsync("be-fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show helplines for this country" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator("#helplines")).ToHaveTextAsync("All helplines in Belgium (French)");
        await Assertions.Expect(page.Locator(".helpline-summary a").Nth(1)).ToHaveAttributeAsync("href", "tel:+3280032123");
        await AssertTelLinkOnFirstScreenAsync(page, scrollTop: true);
        await page.AssertNoAccessibilityViolationsAsync();
    }

    /// <summary>A tel: link with a number that can be dialled, visible, and reachable by keyboard.</summary>
    private static async Task AssertWorkingTelLinkAsync(ILocator link)
    {
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Assertions.Expect(link).ToHaveAttributeAsync("href", TelHref());
        await link.FocusAsync();
        await Assertions.Expect(link).ToBeFocusedAsync();
    }

    private static async Task AssertTelLinkOnFirstScreenAsync(IPage page, bool scrollTop = false)
    {
        if (scrollTop)
        {
            await page.Mouse.WheelAsync(0, -10_000);
        }

        var first = page.Locator("main a[href^='tel:']").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        await Assertions.Expect(first).ToHaveAttributeAsync("href", TelHref());
        var box = await first.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height <= PhoneHeight, $"The first tel: link ends {box.Y + box.Height:F0}px down, below the first screen ({PhoneHeight}px).");
    }

    private static async Task SaveScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        if (Environment.GetEnvironmentVariable("SELFHELP_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = fullPage });
        }
    }

    [GeneratedRegex(@"^tel:\+?[0-9]{3,15}$")]
    private static partial Regex TelHref();

    [GeneratedRegex("^(Should be open now, until 21:00|Probably closed now\\. Usually opens .+ at 09:00)$")]
    private static partial Regex StatusText();
}
