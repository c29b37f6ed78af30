namespace SelfHelp.Web.Tests.Pages.Preferences;

public sealed class PreferencesTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public async Task Post_Preferences_AppliedToEveryPageWithoutJavaScript()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostFormAsync("/preferences", ("text", "larger"), ("spacing", "wide"));

        Assert.Equal("/preferences?saved=1", response.Headers.Location?.OriginalString);
        foreach (var path in new[] { "/", "/modules/first/1", "/no-such-page" })
        {
            Assert.Equal("text-larger spacing-wide", (await client.GetDocumentAsync(path)).DocumentElement.GetAttribute("class"));
        }

        var page = await client.GetDocumentAsync("/preferences");
        Assert.NotNull(page.QuerySelector("#text-larger[checked]"));
        Assert.NotNull(page.QuerySelector("#spacing-wide[checked]"));
    }

    [Fact]
    public async Task Post_StandardOrUnknownValues_LeaveNoClass()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        await client.PostFormAsync("/preferences", ("text", "large"));

        await client.PostFormAsync("/preferences", ("text", "normal"), ("spacing", "enormous"));

        Assert.Null((await client.GetDocumentAsync("/")).DocumentElement.GetAttribute("class"));
    }
}
