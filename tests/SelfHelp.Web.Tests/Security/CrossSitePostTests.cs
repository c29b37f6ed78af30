using System.Net;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// A form post that another site's page made (Fetch Metadata) is refused before it is read: its words must never appear
/// in this site's boxes as if the person had written them, and nothing is saved.
/// </summary>
public sealed class CrossSitePostTests : IClassFixture<CrossSitePostTests.BundledSite>
{
    private const string Words = "Your progress was deleted. Call 0900 000 000 now.";
    private readonly HttpClient _client;

    public CrossSitePostTests(BundledSite site)
    {
        _client = site.CreateClient(new() { AllowAutoRedirect = false });
    }

    [Theory]
    [InlineData("/modules/welcome/3", "looking-after-myself.hopes", "cross-site")]
    [InlineData("/modules/welcome/3", "looking-after-myself.hopes", "same-site")]
    [InlineData("/my-plan", "warning-signs.signs", "cross-site")]
    [InlineData("/save", "code", "cross-site")]
    public async Task Post_FromAnotherSitesPage_IsRefusedWithoutShowingItsWords(string path, string field, string fetchSite)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("forms", "looking-after-myself"), KeyValuePair.Create(field, Words)]),
        };
        request.Headers.Add("Sec-Fetch-Site", fetchSite);

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal("We could not accept that", document.Single("h1").TextContent.Trim());
        Assert.NotNull(document.QuerySelector("section#safety"));
        Assert.DoesNotContain(Words, document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FromTheSitesOwnPage_IsSavedAsBefore()
    {
        var page = await _client.GetDocumentAsync("/modules/welcome/3");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/modules/welcome/3", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(
            [
                KeyValuePair.Create("__token", page.Single("input[name=__token]").GetAttribute("value")!),
                KeyValuePair.Create("forms", "looking-after-myself"),
                KeyValuePair.Create("looking-after-myself.hopes", "my own words"),
            ]),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains("my own words", await (await _client.GetPathAsync("/modules/welcome/3")).TextAsync(), StringComparison.Ordinal);
    }

    public sealed class BundledSite() : SelfHelpFactory(Paths.BundledContent);
}
