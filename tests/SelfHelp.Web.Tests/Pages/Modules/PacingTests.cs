using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Pages.Modules;

/// <summary>After the configured number of modules finished in one day, a kind suggestion to pause; never a block.</summary>
public sealed class PacingTests : IDisposable
{
    // 23:30 in London on a winter day: half an hour before the site's day changes.
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero));
    private readonly SelfHelpFactory _site;

    public PacingTests()
    {
        _site = new SelfHelpFactory(
            Paths.FixtureContent,
            settings: new() { ["Pacing:ModulesPerDay"] = "2" },
            services: s => s.AddSingleton<TimeProvider>(_clock));
    }

    public void Dispose() => _site.Dispose();

    private static async Task FinishAsync(HttpClient client, string module, int lastStep) =>
        await client.PostFormAsync($"/modules/{module}/{lastStep}", ("forms", "finish"), ("finish.rating", "6"), ("go", "finish"));

    [Fact]
    public async Task SecondModuleFinishedToday_ShowsThePauseSuggestionWithSelfCareTips()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });

        await FinishAsync(client, "first", 2);
        Assert.Null((await client.GetDocumentAsync("/modules")).QuerySelector("[data-test=pace-note]"));
        Assert.Null((await client.GetDocumentAsync("/modules/first?finished=1")).QuerySelector("[data-test=pace-note]"));

        await FinishAsync(client, "second", 1);

        var finished = await client.GetDocumentAsync("/modules/second?finished=1");
        var note = finished.Single("[data-test=pace-note]");
        Assert.Contains("You have finished 2 modules today.", note.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, note.QuerySelectorAll("li").Length);
        Assert.NotNull(note.QuerySelector("a[href^='tel:']"));
        Assert.NotNull((await client.GetDocumentAsync("/modules")).QuerySelector("[data-test=pace-note]"));

        // Never a block: every module and step still opens.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetPathAsync("/modules/first/1")).StatusCode);
        Assert.Contains("Modules finished today: 2.", (await client.GetDocumentAsync("/my-progress")).Single("[data-test=finished-today]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextDayInTheSiteTimeZone_TheSuggestionIsGone()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });
        await FinishAsync(client, "first", 2);
        await FinishAsync(client, "second", 1);
        Assert.NotNull((await client.GetDocumentAsync("/modules")).QuerySelector("[data-test=pace-note]"));

        _clock.Now = _clock.Now.AddHours(1);

        Assert.Null((await client.GetDocumentAsync("/modules")).QuerySelector("[data-test=pace-note]"));
    }

    [Fact]
    public async Task FinishingTheSameModuleAgain_DoesNotCountTwice()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });

        await FinishAsync(client, "first", 2);
        await FinishAsync(client, "first", 2);

        Assert.Null((await client.GetDocumentAsync("/modules")).QuerySelector("[data-test=pace-note]"));
    }

    [Theory]
    [InlineData("Pacing:ModulesPerDay", "0")]
    [InlineData("Pacing:TimeZone", "Mars/Olympus")]
    public void BadSetting_StopsTheSiteWithAClearMessage(string key, string value)
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent, settings: new() { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }
}
