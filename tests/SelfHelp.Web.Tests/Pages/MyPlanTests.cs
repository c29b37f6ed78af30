using System.Net;

namespace SelfHelp.Web.Tests.Pages;

/// <summary>Issue 18: My plan gathers the answers of the exercises content marks with <c>plan:</c>, and edits them in place.</summary>
public sealed class MyPlanTests(BundledSite site) : IClassFixture<BundledSite>
{
    // Exercise 8.2 (module urges, step 4) and 13.1 (staying-stopped, step 1) feed the plan.
    private const string UrgePlanStep = "/modules/urges/4";
    private const string WarningSignsStep = "/modules/staying-stopped/1";
    private const string UrgeWarningSigns = "plan.urges.my-urge-plan.warning-signs";
    private const string MyOwnSigns = "plan.staying-stopped.my-warning-signs.my-own";

    [Fact]
    public async Task Get_AfterAnsweringAnExercise_ShowsTheAnswerInItsSection()
    {
        // Arrange
        var client = site.CreateClient();
        await client.PostFormAsync(UrgePlanStep, ("forms", "my-urge-plan"), ("my-urge-plan.warning-signs", "I start scrolling late at night"), ("go", "save:my-urge-plan"));

        // Act
        var page = await client.GetDocumentAsync("/my-plan");

        // Assert: in its box under "My warning signs", and on the printed copy.
        var box = page.Single($"textarea[name='{UrgeWarningSigns}']");
        Assert.Equal("I start scrolling late at night", box.TextContent.Trim());
        Assert.Equal("plan-warning-signs", box.Closest("section")!.GetAttribute("aria-labelledby"));
        Assert.Contains("I start scrolling late at night", page.Single(".print-only").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChangesTheExerciseAnswer_AndKeepsItsOtherFields()
    {
        // Arrange: 13.1 has a rating that is not in the plan.
        var client = site.CreateClient();
        await client.PostFormAsync(WarningSignsStep, ("forms", "my-warning-signs"), ("my-warning-signs.my-own", "I stop replying"), ("my-warning-signs.noticing", "4"), ("go", "save:my-warning-signs"));

        // Act
        var response = await client.PostFormAsync("/my-plan", ("shown", MyOwnSigns), (MyOwnSigns, "I stop replying to messages"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var step = await client.GetDocumentAsync(WarningSignsStep);
        Assert.Equal("I stop replying to messages", step.Single("textarea[name='my-warning-signs.my-own']").TextContent.Trim());
        Assert.NotNull(step.QuerySelector("input[name='my-warning-signs.noticing'][value='4'][checked]"));
    }

    [Fact]
    public async Task Post_FieldNotShown_IsLeftAlone()
    {
        var client = site.CreateClient();
        await client.PostFormAsync(UrgePlanStep, ("forms", "my-urge-plan"), ("my-urge-plan.warning-signs", "Late nights"), ("go", "save:my-urge-plan"));

        // A page opened before an editor added a field posts nothing for it: it must not be cleared.
        await client.PostFormAsync("/my-plan", ("shown", MyOwnSigns), (MyOwnSigns, "Something else"));

        var page = await client.GetDocumentAsync("/my-plan");
        Assert.Equal("Late nights", page.Single($"textarea[name='{UrgeWarningSigns}']").TextContent.Trim());
    }

    [Fact]
    public async Task Post_TooLong_GivesTheWordsBackWithAnError()
    {
        var client = site.CreateClient();
        var words = string.Concat(Enumerable.Repeat("word ", 900)).Trim();

        var response = await client.PostFormAsync("/my-plan", ("shown", UrgeWarningSigns), (UrgeWarningSigns, words));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(words, page.Single($"textarea[name='{UrgeWarningSigns}']").TextContent);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#p-urges--my-urge-plan--warning-signs']"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_StaleToken_SavesNothingAndGivesTheWordsBack()
    {
        var client = site.CreateClient();
        var values = new FormUrlEncodedContent([KeyValuePair.Create("shown", UrgeWarningSigns), KeyValuePair.Create(UrgeWarningSigns, "Kept words"), KeyValuePair.Create("__token", "stale")]);

        var response = await client.PostAsync(new Uri("/my-plan", UriKind.Relative), values, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Kept words", page.Single($"textarea[name='{UrgeWarningSigns}']").TextContent);
        var again = await client.GetDocumentAsync("/my-plan");
        Assert.Equal("", again.Single($"textarea[name='{UrgeWarningSigns}']").TextContent.Trim());
    }

    [Fact]
    public async Task Post_WordsThatSuggestCrisis_ShowSupport()
    {
        var client = site.CreateClient();

        var response = await client.PostFormAsync("/my-plan", ("shown", MyOwnSigns), (MyOwnSigns, "some nights I think about topping myself"));

        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#support"));
    }

    [Fact]
    public async Task Download_HasTheAnswers_AndIsNeverStored()
    {
        var client = site.CreateClient();
        await client.PostFormAsync("/my-plan", ("shown", MyOwnSigns), (MyOwnSigns, "I stop replying"));

        var response = await client.GetPathAsync("/my-plan/download");

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var text = await response.TextAsync();
        Assert.Contains("My warning signs", text, StringComparison.Ordinal);
        Assert.Contains("I stop replying", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NowPage_ShowsThePersonsPlanFirst()
    {
        var client = site.CreateClient();
        await client.PostFormAsync("/my-plan", ("shown", MyOwnSigns), (MyOwnSigns, "I stop replying"));

        var page = await client.GetDocumentAsync("/now");

        var plan = page.Single(".now-plan");
        Assert.Contains("I stop replying", plan.TextContent, StringComparison.Ordinal);
        var guide = page.Single(".now-guide");
        Assert.True(plan.CompareDocumentPosition(guide).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "The plan comes after the guide.");
        Assert.NotNull(page.QuerySelector("#now-talk"));
    }

    [Fact]
    public async Task NowPage_WithoutAPlan_HasTheGuideAndTheLines()
    {
        var page = await site.CreateClient().GetDocumentAsync("/now");

        Assert.Null(page.QuerySelector(".now-plan"));
        Assert.Contains("Three things to do now", page.Single(".now-guide").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("#now-talk ~ * a[href^='tel:'], section[aria-labelledby='now-talk'] a[href^='tel:']"));
    }

    [Fact]
    public async Task EveryPage_LinksToHelpRightNow_BesideTheQuickExit_AndInTheSafetyPanel()
    {
        var page = await site.CreateClient().GetDocumentAsync("/modules");

        Assert.Equal("/now", page.Single(".quick-exit-bar a.now-link").GetAttribute("href"));
        Assert.Equal("/now", page.Single("#safety .safety__now a").GetAttribute("href"));
    }
}
