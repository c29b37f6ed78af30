namespace SelfHelp.Web.Tests.Pages.Modules;

/// <summary>
/// A step's antiforgery token is issued only when the step has a form to post (issue 21: on a reading step it cost a
/// tenth of the page's CPU for nothing).
/// </summary>
public sealed class StepTokenTests(BundledSite site) : IClassFixture<BundledSite>
{
    private HttpClient NewBrowser() => site.CreateClient(new() { AllowAutoRedirect = false });

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    [Fact]
    public async Task ReadingStep_HasNoForm_IssuesNoTokenAndSetsNoAntiforgeryCookie()
    {
        var response = await NewBrowser().GetPathAsync("/modules/thoughts/1");
        var page = await Html.ParseAsync(response);

        Assert.Null(page.QuerySelector("form.step-form"));
        Assert.Null(page.QuerySelector("input[name=__token]"));
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith("sh-af=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StepWithAForm_IssuesATokenThatSavesAnAnswer()
    {
        var client = NewBrowser();
        var response = await client.GetPathAsync("/modules/thoughts/3");
        var page = await Html.ParseAsync(response);

        var token = page.Single("form.step-form input[name=__token]").GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Contains(SetCookies(response), c => c.StartsWith("sh-af=", StringComparison.Ordinal));
        var forms = page.QuerySelectorAll("form.step-form input[name=forms]").Select(i => ("forms", i.GetAttribute("value")!)).ToList();
        var field = page.QuerySelector("form.step-form textarea")!.GetAttribute("name")!;
        var saved = await client.PostFormAsync("/modules/thoughts/3", page, [.. forms, (field, "Written after reading the step before"), ("go", "save:page")]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Written after reading the step before", (await client.GetDocumentAsync("/modules/thoughts/3")).Single("form.step-form").InnerHtml, StringComparison.Ordinal);
    }
}
