namespace SelfHelp.Web.Tests.Pages.Modules;

/// <summary>"Continue" on the home page and "Next module" on the last step and the finish panel agree (Journey).</summary>
public sealed class ContinueTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private HttpClient NewBrowser() => site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Home_AfterFinishingTheFirstModule_ContinuesWithTheNextModule()
    {
        var client = NewBrowser();
        await client.GetPathAsync("/modules/first/1");
        await client.GetPathAsync("/modules/first/2");
        await client.PostFormAsync("/modules/first/2", ("forms", "finish"), ("finish.rating", "8"), ("go", "finish"));

        var home = await client.GetDocumentAsync("/");

        Assert.Equal("/modules/second", home.Single("a[data-test=resume]").GetAttribute("href"));
        Assert.Contains("Up next: “Second module”.", home.Single(".panel--resume").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_MidModule_ContinuesAtTheNextUnreadStep()
    {
        var client = NewBrowser();
        await client.GetPathAsync("/modules/first/1");

        var home = await client.GetDocumentAsync("/");

        Assert.Equal("/modules/first/2", home.Single("a[data-test=resume]").GetAttribute("href"));
    }

    [Fact]
    public async Task NextModule_StepNavigationAndFinishPanel_SuggestTheSameModule()
    {
        var client = NewBrowser();
        await client.GetPathAsync("/modules/second/1");
        await client.PostFormAsync("/modules/second/1", ("forms", "finish"), ("finish.rating", "8"), ("go", "finish"));

        var step = await client.GetDocumentAsync("/modules/first/2");
        var finished = await client.PostFormAsync("/modules/first/2", ("forms", "finish"), ("finish.rating", "8"), ("go", "finish"));
        var panel = await client.GetDocumentAsync(finished.Headers.Location!.OriginalString);

        // Second is finished, so neither suggests it; nothing else is left.
        Assert.Empty(step.QuerySelectorAll(".step-nav a[href='/modules/second']"));
        Assert.Empty(panel.QuerySelectorAll("#finished a[href^='/modules/']"));
    }

    [Fact]
    public async Task NextModule_WhenOneIsLeft_StepNavigationAndFinishPanelBothNameIt()
    {
        var client = NewBrowser();

        var step = await client.GetDocumentAsync("/modules/first/2");
        var finished = await client.PostFormAsync("/modules/first/2", ("forms", "finish"), ("finish.rating", "8"), ("go", "finish"));
        var panel = await client.GetDocumentAsync(finished.Headers.Location!.OriginalString);

        Assert.NotNull(step.QuerySelector(".step-nav a[href='/modules/second']"));
        Assert.NotNull(panel.QuerySelector("#finished a[href='/modules/second']"));
    }
}
