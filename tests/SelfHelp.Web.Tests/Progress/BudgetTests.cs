using System.Net;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

public sealed class BudgetTests : IClassFixture<BudgetTests.SmallBudgetSite>
{
    private readonly HttpClient _client;

    public BudgetTests(SmallBudgetSite site)
    {
        _client = site.CreateClient(new() { AllowAutoRedirect = false });
    }

    [Fact]
    public async Task Post_AnswerThatDoesNotFit_IsNotSavedKeptOnPageAndDownloadable()
    {
        var first = RandomText(1);
        var second = RandomText(2);
        var saved = await _client.PostFormAsync("/modules/first/1", ("forms", "every-field"), ("every-field.story", first));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var refused = await _client.PostFormAsync("/modules/first/2", ("forms", "reflection"), ("reflection.q1", second), ("go", "save:reflection"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("state=", StringComparison.Ordinal)));
        var page = await Html.ParseAsync(refused);
        Assert.Contains("There is no more room", page.Single(".form-block__full").TextContent, StringComparison.Ordinal);
        Assert.Equal(second, page.Single("#f-reflection-q1").TextContent);
        Assert.Equal("#f-reflection-title", page.Single(".error-summary a").GetAttribute("href"));

        var download = await _client.PostFormAsync("/modules/first/2", page, ("forms", "reflection"), ("reflection.q1", second), ("go", "download"));

        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var text = await download.TextAsync();
        Assert.Contains(first, text, StringComparison.Ordinal);
        Assert.Contains(second, text, StringComparison.Ordinal);
        Assert.Equal(first, (await _client.GetDocumentAsync("/modules/first/1")).Single("#f-every-field-story").TextContent);
    }

    private static string RandomText(int seed)
    {
        var random = new Random(seed);
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        return new string(Enumerable.Range(0, 2600).Select(_ => letters[random.Next(letters.Length)]).ToArray());
    }

    public sealed class SmallBudgetSite() : SelfHelpFactory(Paths.FixtureContent, settings: new() { ["Progress:MaxNotebookBytes"] = "4000" });
}
