using System.Net;

namespace SelfHelp.Web.Tests.Safety;

public sealed class DistressTests : IClassFixture<BundledSite>
{
    private const string Step = "/modules/welcome/3";
    private const string Form = "looking-after-myself";
    private readonly BundledSite _site;

    public DistressTests(BundledSite site)
    {
        _site = site;
    }

    [Theory]
    [InlineData("Some days I want to kill myself.", "116 123")]
    [InlineData("I have been thinking about hurting myself", "116 123")]
    [InlineData("I think a child is in danger", "999")]
    public async Task Post_AnswerSuggestingDanger_SavesAndShowsSupportAtOnce(string answer, string number)
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostFormAsync(Step, ("forms", Form), ($"{Form}.hopes", answer), ("go", "save:" + Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var message = page.Single("#support");
        Assert.Equal("alert", message.GetAttribute("role"));
        Assert.Contains(number, message.TextContent, StringComparison.Ordinal);
        Assert.Contains("saved as normal", message.TextContent, StringComparison.Ordinal);
        Assert.Equal(answer, (await client.GetDocumentAsync(Step)).Single($"#f-{Form}-hopes").TextContent);
    }

    [Theory]
    [InlineData("To feel calmer and more in control.")]
    [InlineData("I want to build skills myself")]
    public async Task Post_OrdinaryAnswer_RedirectsWithoutSupportMessage(string answer)
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostFormAsync(Step, ("forms", Form), ($"{Form}.hopes", answer), ("go", "save:" + Form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await client.GetDocumentAsync(response.Headers.Location!.OriginalString)).QuerySelector("#support"));
    }
}
