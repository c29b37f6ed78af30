using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Pages.Start;

/// <summary>The optional "where to start" questions (fixture content/en/start.yml), without JavaScript.</summary>
public sealed class StartGuideTests : IClassFixture<FixtureSite>
{
    private readonly FixtureSite _site;

    public StartGuideTests(FixtureSite site)
    {
        _site = site;
    }

    private HttpClient NewBrowser() => _site.CreateClient(new() { AllowAutoRedirect = false });

    private ProgressState StateIn(HttpResponseMessage response)
    {
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("state=", StringComparison.Ordinal));
        var value = cookie["state=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];
        Assert.Equal(Unprotected.Read, _site.Services.GetRequiredService<ProgressProtector>().TryUnprotectCookie(value, out var stored));
        var state = stored.State;
        return state;
    }

    [Fact]
    public async Task Get_ShowsEachQuestionAsAGroupOfRadioButtons()
    {
        var page = await NewBrowser().GetDocumentAsync("/start");

        Assert.Equal("Where to start", page.Single("h1").TextContent);
        var groups = page.QuerySelectorAll("form.guide fieldset");
        Assert.Equal(["How often do you feel an urge?", "How are you feeling?"], groups.Select(g => g.Single("legend").TextContent));
        Assert.Equal(["Most days", "Now and then"], groups[0].QuerySelectorAll("input[type=radio]").Select(r => page.Single($"label[for={r.Id}]").TextContent));
        Assert.Equal("q-mood-hint", groups[1].GetAttribute("aria-describedby"));
        Assert.Empty(page.QuerySelectorAll("input[checked]"));
    }

    [Fact]
    public async Task Post_Answers_KeepsOnlyThePathAndShowsIt()
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync("/start", ("q-urges", "often"), ("q-mood", "low"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/start/result", response.Headers.Location?.OriginalString);
        var state = StateIn(response);
        Assert.Equal(["second"], state.Path);
        Assert.True(state.Modules.IsEmpty && state.Preferences.IsEmpty && state.Pace is null);

        var result = await client.GetDocumentAsync("/start/result");
        Assert.Equal("You said urges come most days, so the second module comes first.", result.Single("[data-test=path-reason]").TextContent);
        Assert.Equal(["Second module"], result.QuerySelectorAll(".task-list__link").Select(a => a.TextContent));
        Assert.Equal("/modules/second", result.Single("a.button").GetAttribute("href"));

        var overview = await client.GetDocumentAsync("/modules");
        Assert.Equal(["Second module"], overview.QuerySelectorAll("[data-test=path] .task-list__link").Select(a => a.TextContent));
        Assert.Equal(["First module"], overview.QuerySelectorAll("[data-test=others] .task-list__link").Select(a => a.TextContent));
        Assert.Equal("h3", overview.Single("[data-test=path] .task-list__title").LocalName);
        Assert.Null(overview.QuerySelector("[data-test=guide-offer]"));
    }

    [Fact]
    public async Task Post_OtherAnswers_ChooseTheDefaultPath()
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync("/start", ("q-urges", "sometimes"), ("q-mood", "ok"));

        Assert.Equal(["first", "second"], StateIn(response).Path);
        var overview = await client.GetDocumentAsync("/modules");
        Assert.Equal(["First module", "Second module"], overview.QuerySelectorAll("[data-test=path] .task-list__link").Select(a => a.TextContent));
        Assert.Null(overview.QuerySelector("[data-test=others]"));
    }

    [Theory]
    [InlineData(null, null, 2)]
    [InlineData("often", null, 1)]
    [InlineData("never", "ok", 1)]
    public async Task Post_MissingOrUnknownAnswer_ShowsErrorsAndKeepsTheChoicesMade(string? urges, string? mood, int errors)
    {
        var client = NewBrowser();
        var fields = new List<(string, string)>();
        if (urges is not null)
        {
            fields.Add(("q-urges", urges));
        }

        if (mood is not null)
        {
            fields.Add(("q-mood", mood));
        }

        var response = await client.PostFormAsync("/start", [.. fields]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("state=", StringComparison.Ordinal)));
        var page = await Html.ParseAsync(response);
        var links = page.QuerySelectorAll(".error-summary a");
        Assert.Equal(errors, links.Length);
        Assert.All(links, a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        if (urges == "often")
        {
            Assert.NotNull(page.QuerySelector("#q-urges-often[checked]"));
            Assert.Equal("Choose one answer for: How are you feeling?", links[0].TextContent);
            Assert.Contains("q-mood-error", page.Single("fieldset.field--error").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Clear_RemovesThePathAndTheOverviewOffersTheQuestionsAgain()
    {
        var client = NewBrowser();
        await client.PostFormAsync("/start", ("q-urges", "often"), ("q-mood", "ok"));

        var cleared = await client.PostFormAsync("/start?handler=clear", await client.GetDocumentAsync("/modules"));

        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        var start = await client.GetDocumentAsync(cleared.Headers.Location!.OriginalString);
        Assert.Equal("The suggested order is cleared. The modules are shown in their usual order.", start.Single("[role=status]").TextContent);
        var overview = await client.GetDocumentAsync("/modules");
        Assert.Null(overview.QuerySelector("[data-test=path]"));
        Assert.NotNull(overview.QuerySelector("[data-test=guide-offer] a[href='/start']"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetPathAsync("/start/result")).StatusCode);
    }

    [Fact]
    public async Task Home_OffersTheQuestionsUntilAPathIsChosen()
    {
        var client = NewBrowser();

        Assert.NotNull((await client.GetDocumentAsync("/")).QuerySelector("[data-test=guide-offer] a[href='/start']"));
        await client.PostFormAsync("/start", ("q-urges", "often"), ("q-mood", "ok"));
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector("[data-test=guide-offer]"));
    }

    [Fact]
    public async Task FinishingAModuleOnThePath_SuggestsTheNextOneOnThePath()
    {
        var client = NewBrowser();
        await client.PostFormAsync("/start", ("q-urges", "sometimes"), ("q-mood", "ok"));

        var finished = await client.PostFormAsync("/modules/first/2", ("forms", "finish"), ("finish.rating", "8"), ("go", "finish"));

        var module = await client.GetDocumentAsync(finished.Headers.Location!.OriginalString);
        Assert.Equal("/modules/second", module.Single("#finished a:not([data-test=feedback])").GetAttribute("href"));
    }
}
