namespace SelfHelp.Web.Tests.Pages;

/// <summary>The tab names the page, never what the person typed: others may see the tab.</summary>
public sealed class TitleTests(BundledSite site) : IClassFixture<BundledSite>
{
    private const string Marker = "zqxtyped";

    private HttpClient NewBrowser() => site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Get_UnknownExerciseCode_TitleNamesThePageNotTheCode()
    {
        var page = await NewBrowser().GetDocumentAsync($"/e/{Marker}");

        Assert.Equal("We could not find that exercise – Self-help", page.Title);
    }

    [Fact]
    public async Task Post_FormWithAnError_TitleSaysSoAndNamesTheStepNotTheAnswer()
    {
        var client = NewBrowser();
        var step = await client.GetDocumentAsync("/modules/welcome/3");

        var page = await Html.ParseAsync(await client.PostFormAsync("/modules/welcome/3", step, ("form", "looking-after-myself"), ("answers.helps", Marker + " not a number")));

        Assert.Equal("Error: " + step.Title, page.Title);
        Assert.DoesNotContain(Marker, page.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/modules/welcome/3", "Take your time – Starting here – Self-help")]
    [InlineData("/help", "Get help now – Self-help")]
    [InlineData("/modules", "The programme – Self-help")]
    public async Task Get_Page_TitleNamesIt(string path, string title)
    {
        Assert.Equal(title, (await NewBrowser().GetDocumentAsync(path)).Title);
    }
}
