using System.Net;

namespace SelfHelp.Web.Tests.Pages.Exercises;

/// <summary>Old codes that editors retired (fixture retired-codes.yml), blank sheets, the practitioners' page and "My progress".</summary>
public sealed class RetiredCodeAndSheetTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/e/1.2")]
    [InlineData("/e/1-2")]
    [InlineData("/e/%201%202")]
    public async Task Get_RetiredCodeThatMoved_SaysWhereItWent(string path)
    {
        var response = await _client.GetPathAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Exercise 1.2 has a new place", page.Single("h1").TextContent);
        Assert.Equal("Exercise 1.2 is now exercise 2.1: “A note”, in the module “Second module”.", page.Single("[data-test=moved]").TextContent);
        Assert.Contains(page.QuerySelectorAll("main p"), p => p.TextContent == "It is now part of the second module.");
        Assert.Equal("/e/2.1", page.Single("main a.button").GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".exercise-directory"));
    }

    [Fact]
    public async Task Get_RetiredCodeThatWasRemoved_SaysSoAndShowsTheDirectory()
    {
        var response = await _client.GetPathAsync("/e/8.8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Exercise 8.8 is no longer part of the programme.", page.Single("[data-test=removed]").TextContent);
        Assert.Equal(["/e/1.1", "/e/2.1"], page.QuerySelectorAll(".exercise-directory a:not(.exercise-directory__sheet)").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_Sheet_IsBlankAndHasRoomForEveryField()
    {
        await _client.PostFormAsync("/modules/first/1", ("forms", "every-field"), ("every-field.story", "A private answer"), ("every-field.people", "Zebedee"), ("go", "save:every-field"));

        var response = await _client.GetPathAsync("/exercises/1.1/sheet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("1.1 Every kind of field", page.Single("h1").TextContent);
        Assert.Equal(["Tell the story", "How ready are you?", "What helps?", "People to call"], page.QuerySelectorAll(".sheet__label").Select(h => h.TextContent));
        Assert.Equal("Try each one.", page.Single(".sheet__intro").TextContent.Trim());
        Assert.Single(page.QuerySelectorAll(".sheet__lines"));
        Assert.Equal(10, page.QuerySelectorAll(".sheet__scale li").Length);
        Assert.Equal(["Walking", "Talking"], page.QuerySelectorAll(".sheet__checklist li").Select(li => li.TextContent));
        Assert.Equal(2, page.QuerySelectorAll(".sheet__list li").Length);
        Assert.DoesNotContain("A private answer", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Zebedee", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#safety"));
    }

    [Theory]
    [InlineData("/exercises/1-1/sheet")]
    [InlineData("/exercises/11/sheet")]
    public async Task Get_SheetByCodeInAnyForm_Works(string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetPathAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/exercises/1.2/sheet", "/e/1.2")]
    [InlineData("/exercises/nope/sheet", "/e/nope")]
    public async Task Get_SheetOfRetiredOrUnknownCode_GoesToTheShortLinkPage(string path, string location)
    {
        var response = await _client.GetPathAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_Directory_LinksEachExerciseToItsSheet()
    {
        var page = await _client.GetDocumentAsync("/exercises");

        Assert.Equal(["/exercises/1.1/sheet", "/exercises/2.1/sheet"], page.QuerySelectorAll("a.exercise-directory__sheet").Select(a => a.GetAttribute("href")));
        Assert.Equal("Blank sheet for exercise 1.1, Every kind of field", page.QuerySelectorAll("a.exercise-directory__sheet")[0].GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Get_Practitioners_ExplainsCodesAndLinksToTheDirectory()
    {
        var page = await _client.GetDocumentAsync("/practitioners");

        Assert.Equal("For practitioners", page.Single("h1").TextContent);
        Assert.Contains(page.QuerySelectorAll("code"), c => c.TextContent.StartsWith("/e/", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("main a[href='/exercises']"));
        Assert.NotNull(page.QuerySelector("footer a[href='/practitioners']"));
    }

    [Fact]
    public async Task Get_MyProgress_ShowsBeforeAndAfterRatings()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        await client.PostFormAsync("/modules/first", ("forms", "starting-point"), ("starting-point.rating", "3"));
        await client.PostFormAsync("/modules/first/2", ("forms", "finish"), ("finish.rating", "8"), ("go", "finish"));

        var page = await client.GetDocumentAsync("/my-progress");

        var first = page.Single("[data-test=ratings-first]");
        Assert.Equal("How sure are you?", first.Single(".ratings__question").TextContent);
        Assert.Equal(["3 out of 10", "8 out of 10"], first.QuerySelectorAll("dd").Select(d => d.TextContent));
        Assert.Equal("Completed", first.Single(".tag").TextContent.Trim());
        Assert.Null(page.Single("[data-test=ratings-second]").QuerySelector("dl"));
        Assert.NotNull(page.QuerySelector("footer a[href='/my-progress']"));
    }
}
