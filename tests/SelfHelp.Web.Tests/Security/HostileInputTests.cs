using System.Net;

namespace SelfHelp.Web.Tests.Security;

public sealed class HostileInputTests : IClassFixture<BundledSite>
{
    private const string Payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private readonly BundledSite _site;

    public HostileInputTests(BundledSite site)
    {
        _site = site;
    }

    private HttpClient NewBrowser() => _site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Answer_WithScript_IsShownAsTextEverywhere()
    {
        var client = NewBrowser();
        await client.PostFormAsync("/modules/welcome/3", ("forms", "looking-after-myself"), ("looking-after-myself.hopes", Payload));

        foreach (var path in new[] { "/modules/welcome/3", "/my-answers" })
        {
            var page = await client.GetDocumentAsync(path);
            Assert.Empty(page.QuerySelectorAll("main script, main img"));
            Assert.Contains(Payload, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RestoreFile_WithScript_ComesBackAsTextOnly()
    {
        var response = await NewBrowser().PostFormAsync("/save", ("code", Payload));

        var html = await response.TextAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var page = await Html.ParseAsync(response);
        Assert.Equal(Payload, page.Single("textarea#code").TextContent);
        Assert.Empty(page.QuerySelectorAll("main img, main script"));
    }

    [Theory]
    [InlineData("/modules/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/modules/welcome/1?saved=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Url_WithScript_IsNotReflected(string path)
    {
        var html = await (await NewBrowser().GetPathAsync(path)).TextAsync();

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookie_WithScript_IsIgnored()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/modules", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Cookie", "state=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        var response = await NewBrowser().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AnswerWithANulCharacter_IsSavedWithoutIt_NotRefused()
    {
        // The framework refuses a whole form whose values hold control characters; the person's words must not go.
        var client = NewBrowser();
        var page = await client.GetDocumentAsync("/modules/welcome/3");
        var body = $"__token={Uri.EscapeDataString(page.Single("input[name=__token]").GetAttribute("value")!)}&forms=looking-after-myself&looking-after-myself.hopes=before%00after%01%0Aline+two&go=save%3Alooking-after-myself";

        var response = await client.PostAsync(new Uri("/modules/welcome/3", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("beforeafter\nline two", (await client.GetDocumentAsync("/modules/welcome/3")).Single("#f-looking-after-myself-hopes").TextContent.Trim());
    }

    [Fact]
    public async Task Post_AVeryLongAnswer_ComesBackWhole()
    {
        var text = new string('a', 200_000);

        var response = await NewBrowser().PostFormAsync("/modules/welcome/3", ("forms", "looking-after-myself"), ("looking-after-myself.hopes", text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(text, page.Single("#f-looking-after-myself-hopes").TextContent);
        Assert.Contains("200,000 characters", page.Single(".error-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OverTheBodyLimit_IsRefusedWithAClearPage()
    {
        var response = await NewBrowser().PostFormAsync("/modules/welcome/3", ("forms", "looking-after-myself"), ("looking-after-myself.hopes", new string('a', 1_100_000)));

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"Got {response.StatusCode}.");
        Assert.Equal("We could not accept that", (await Html.ParseAsync(response)).Single("h1").TextContent.Trim());
    }

    [Theory]
    [InlineData("/modules/welcome/3", null)]
    [InlineData("/modules/welcome/3", "application/json")]
    [InlineData("/modules/welcome/3", "text/plain")]
    [InlineData("/modules/thoughts/1", null)]
    [InlineData("/modules/thoughts", "application/json")]
    [InlineData("/my-plan", "text/plain")]
    [InlineData("/check-in", null)]
    [InlineData("/save", "application/json")]
    public async Task Post_ThatIsNotAForm_GetsAClearPageNotAServerError(string path, string? contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (contentType is not null)
        {
            request.Content = new StringContent("{\"a\":\"b\"}");
            request.Content.Headers.ContentType = new(contentType);
        }

        var response = await NewBrowser().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("We could not accept that", page.Single("h1").TextContent.Trim());
        Assert.NotNull(page.QuerySelector("section#safety"));
    }
}

public sealed class RateLimitTests : IClassFixture<RateLimitTests.StrictSite>
{
    private readonly HttpClient _client;

    public RateLimitTests(StrictSite site)
    {
        _client = site.CreateClient(new() { AllowAutoRedirect = false });
    }

    [Fact]
    public async Task Posts_OverTheLimit_GetAKindTooManyRequestsPage()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await _client.PostFormAsync("/help", ("region", "gb"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], statuses.Take(3));
        var refused = await _client.PostFormAsync("/help", ("region", "gb"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Please wait a moment", (await Html.ParseAsync(refused)).Single("h1").TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetPathAsync("/help")).StatusCode);
    }

    public sealed class StrictSite() : SelfHelpFactory(Paths.BundledContent, settings: new() { ["Security:PostsPerMinute"] = "3" });
}

public sealed class OnionLocationTests
{
    private const string Onion = "abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.onion";

    [Fact]
    public async Task Get_Page_WithOnionAddressConfigured_SendsOnionLocation()
    {
        using var site = new SelfHelpFactory(Paths.BundledContent, settings: new() { ["Site:OnionAddress"] = Onion });

        var response = await site.CreateClient().GetPathAsync("/modules/welcome?x=1");

        Assert.Equal($"http://{Onion}/modules/welcome?x=1", response.Headers.GetValues("Onion-Location").Single());
    }

    [Fact]
    public async Task Get_Page_WithoutOnionAddress_SendsNoOnionLocation()
    {
        using var site = new SelfHelpFactory(Paths.BundledContent);

        var response = await site.CreateClient().GetPathAsync("/");

        Assert.False(response.Headers.Contains("Onion-Location"));
    }
}
