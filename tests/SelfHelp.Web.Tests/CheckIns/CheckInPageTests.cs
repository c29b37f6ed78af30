using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.CheckIns;

/// <summary>Issue 18: the weekly check-in, its suggestion a week later, support for extreme answers, and its charts.</summary>
public sealed class CheckInPageTests : IDisposable
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
    private readonly SelfHelpFactory _site;

    public CheckInPageTests()
    {
        _site = new SelfHelpFactory(Paths.BundledContent, services: s => s.AddSingleton<TimeProvider>(_clock));
    }

    public void Dispose() => _site.Dispose();

    private static Task<HttpResponseMessage> CheckInAsync(HttpClient client, int urgeDays, int strongest, int clearDays, int usedPlan, int mood) =>
        client.PostFormAsync("/check-in", ("q.urge-days", $"{urgeDays}"), ("q.strongest-urge", $"{strongest}"), ("q.clear-days", $"{clearDays}"), ("q.used-plan", $"{usedPlan}"), ("q.mood", $"{mood}"));

    [Fact]
    public async Task Get_ShowsEveryQuestion_AndTheWellbeingMeasureFolded()
    {
        var page = await _site.CreateClient().GetDocumentAsync("/check-in");

        Assert.Equal(5, page.QuerySelectorAll("form > fieldset.check-in__question").Length);
        Assert.Equal(8, page.QuerySelectorAll("input[name='q.urge-days']").Length);
        Assert.Equal(11, page.QuerySelectorAll("input[name='q.mood']").Length);
        var measure = page.Single("details.check-in__wellbeing");
        Assert.Null(measure.GetAttribute("open"));
        Assert.Equal(5, measure.QuerySelectorAll("fieldset").Length);
        Assert.Contains("WHO-5", measure.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SavesAndShowsTheCharts()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await CheckInAsync(client, 3, 6, 7, 1, 6);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/my-progress?checkedIn=1#check-ins", response.Headers.Location?.OriginalString);
        var progress = await client.GetDocumentAsync("/my-progress?checkedIn=1");
        Assert.Equal(5, progress.QuerySelectorAll(".trend svg").Length);
        Assert.Contains("One check-in so far, on 5 Jan: 6 out of 10.", progress.Single("[data-test=trend-mood] .trend__summary").TextContent, StringComparison.Ordinal);
        Assert.Equal("3 of 7 days", progress.Single("[data-test=trend-urge-days] td").TextContent);
    }

    [Fact]
    public async Task SeveralWeeks_DrawOneBarOrPointPerWeek_AndSummariseTheChange()
    {
        var client = _site.CreateClient();
        int[] moods = [3, 4, 6, 7];
        foreach (var mood in moods)
        {
            await CheckInAsync(client, 5 - mood / 2, 8 - mood, 2 + mood / 2, 1, mood);
            _clock.Now = _clock.Now.AddDays(7);
        }

        var progress = await client.GetDocumentAsync("/my-progress");

        Assert.Equal(4, progress.QuerySelectorAll("[data-test=trend-mood] svg circle").Length);
        Assert.Equal(4, progress.QuerySelectorAll("[data-test=trend-urge-days] svg rect").Length);
        Assert.Equal(4, progress.QuerySelectorAll("[data-test=trend-mood] tbody tr").Length);
        Assert.Equal("4 check-ins, from 5 Jan to 26 Jan. The first was 3 out of 10, the most recent 7 out of 10. On average: 5.", progress.Single("[data-test=trend-mood] .trend__summary").TextContent);
        Assert.Equal("Yes in 4 of 4 check-ins, from 5 Jan to 26 Jan.", progress.Single("[data-test=trend-used-plan] .trend__summary").TextContent);
    }

    [Fact]
    public async Task Post_ExtremeMood_SavesAndShowsSupportFirst()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await CheckInAsync(client, 2, 3, 5, 0, 0);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#support"));
        Assert.NotNull(page.QuerySelector("input[name='q.mood'][value='0'][checked]"));
        Assert.Single((await client.GetDocumentAsync("/my-progress")).QuerySelectorAll("[data-test=trend-mood] tbody tr"));
    }

    [Fact]
    public async Task Post_LowWellbeingScore_ShowsSupport_AndAddsTheScoreChart()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });
        string[] items = ["who5-cheerful", "who5-calm", "who5-active", "who5-rested", "who5-interested"];

        var response = await client.PostFormAsync("/check-in", [.. items.Select(i => ($"q.{i}", "1"))]);

        Assert.NotNull((await Html.ParseAsync(response)).QuerySelector("#support"));
        var progress = await client.GetDocumentAsync("/my-progress");
        Assert.Equal("20 out of 100", progress.Single("[data-test=trend-wellbeing] td").TextContent);
    }

    [Theory]
    [InlineData("q.mood", "11")]
    [InlineData("q.urge-days", "8")]
    [InlineData("q.used-plan", "yes")]
    public async Task Post_AnswerOutsideTheQuestion_IsRefused_AndTheOtherChoicesComeBack(string name, string value)
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostFormAsync("/check-in", ("q.strongest-urge", "4"), (name, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.NotNull(page.QuerySelector("input[name='q.strongest-urge'][value='4'][checked]"));
        Assert.Empty((await client.GetDocumentAsync("/my-progress")).QuerySelectorAll(".trend"));
    }

    [Fact]
    public async Task Post_Nothing_AsksForAnAnswer()
    {
        var response = await _site.CreateClient().PostFormAsync("/check-in");

        var page = await Html.ParseAsync(response);
        Assert.Contains("at least one question", page.Single(".error-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestion_AppearsAWeekLater_AndNotNowPutsItOffForAWeek()
    {
        var client = _site.CreateClient();
        await CheckInAsync(client, 1, 2, 7, 1, 7);
        _clock.Now = _clock.Now.AddDays(6);
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".check-in-suggestion"));

        _clock.Now = _clock.Now.AddDays(1);
        var home = await client.GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector(".check-in-suggestion"));
        Assert.NotNull((await client.GetDocumentAsync("/my-progress")).QuerySelector(".check-in-suggestion"));

        var later = await client.PostFormAsync("/check-in/later", home, ("returnUrl", "/"));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".check-in-suggestion"));

        _clock.Now = _clock.Now.AddDays(7);
        Assert.NotNull((await client.GetDocumentAsync("/")).QuerySelector(".check-in-suggestion"));
    }

    [Fact]
    public async Task ForgetMe_RemovesThePlanAndTheCheckIns()
    {
        var client = _site.CreateClient();
        await CheckInAsync(client, 1, 2, 7, 1, 7);
        await client.PostFormAsync("/my-plan", ("shown", "plan.urges.my-urge-plan.warning-signs"), ("plan.urges.my-urge-plan.warning-signs", "Gone soon"));

        await client.PostFormAsync("/forget");

        Assert.Empty((await client.GetDocumentAsync("/my-progress")).QuerySelectorAll(".trend"));
        Assert.Equal("", (await client.GetDocumentAsync("/my-plan")).Single("textarea[name='plan.urges.my-urge-plan.warning-signs']").TextContent.Trim());
        Assert.Null((await client.GetDocumentAsync("/now")).QuerySelector(".now-plan"));
    }

    [Fact]
    public async Task ProgressFile_CarriesTheCheckIns_ToAFreshBrowser()
    {
        var client = _site.CreateClient();
        await CheckInAsync(client, 1, 2, 7, 1, 7);
        var file = await (await client.GetPathAsync("/save/file")).TextAsync();

        var fresh = _site.CreateClient();
        await fresh.PostFormAsync("/save", ("code", file));
        var restored = await fresh.GetDocumentAsync("/my-progress");

        Assert.Single(restored.QuerySelectorAll("[data-test=trend-mood] tbody tr"));
    }

    [Fact]
    public async Task NotNow_ToAnotherSite_GoesHomeInstead()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostFormAsync("/check-in", ("q.mood", "5"));
        var later = await client.PostFormAsync("/check-in/later", await client.GetDocumentAsync("/check-in"), ("returnUrl", "https://example.org/"));

        Assert.Equal("/", later.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task NotNow_BackToAPathWithCharactersAHeaderCannotHold_GoesThereEncoded()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });

        await client.PostFormAsync("/check-in", ("q.mood", "5"));
        var later = await client.PostFormAsync("/check-in/later", await client.GetDocumentAsync("/check-in"), ("returnUrl", "/my-progress?¿=ü"));

        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal("/my-progress?%C2%BF=%C3%BC", later.Headers.Location?.OriginalString);
    }
}
