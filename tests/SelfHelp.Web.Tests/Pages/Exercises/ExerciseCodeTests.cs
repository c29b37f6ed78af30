using System.Net;

namespace SelfHelp.Web.Tests.Pages.Exercises;

public sealed class ExerciseCodeTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/e/2.1")]
    [InlineData("/e/2-1")]
    [InlineData("/e/2%201")]
    [InlineData("/e/%202.1%20")]
    [InlineData("/e/2/1")]
    [InlineData("/e/21")]
    public async Task Get_CodeAsHeardOnThePhone_LeadsToTheExercise(string path)
    {
        var response = await _client.GetPathAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/modules/second/1#f-note-title", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_UnknownCode_ShowsAKindPageWithTheDirectory()
    {
        var response = await _client.GetPathAsync("/e/9.9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("We could not find that exercise", page.Single("h1").TextContent.Trim());
        Assert.Contains("“9.9”", page.Single("main .lead").TextContent, StringComparison.Ordinal);
        Assert.Equal(["/e/1.1", "/e/2.1"], page.QuerySelectorAll(".exercise-directory a:not(.exercise-directory__sheet)").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_Directory_ListsEveryExerciseByModuleWithCodeAndMinutes()
    {
        var page = await _client.GetDocumentAsync("/exercises");

        Assert.Equal(["First module", "Second module"], page.QuerySelectorAll(".exercise-directory h2").Select(h => h.TextContent.Trim()));
        var first = page.QuerySelectorAll(".exercise-directory li")[0];
        Assert.Equal("1.1", first.Single(".exercise-directory__code").TextContent.Trim());
        Assert.Contains("Every kind of field", first.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"About \d+ min", first.Single(".exercise-directory__minutes").TextContent);
    }
}
