namespace SelfHelp.Web.Tests.Pages.About;

public sealed class AboutPageTests
{
    [Fact]
    public async Task Get_About_ShowsTheConfiguredOperator()
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent, settings: new()
        {
            ["Site:Operator"] = "The Example Foundation",
            ["Site:OperatorAbout"] = "We help people stop.",
            ["Site:OperatorWebsite"] = "https://example.org/",
        });

        var page = await site.CreateClient().GetDocumentAsync("/about");

        var main = page.Single("main").TextContent;
        Assert.Contains("This site is run by The Example Foundation.", main, StringComparison.Ordinal);
        Assert.Contains("We help people stop.", main, StringComparison.Ordinal);
        var link = page.Single("main a[href='https://example.org/']");
        Assert.Equal("noreferrer noopener", link.GetAttribute("rel"));
    }

    [Fact]
    public void Start_OperatorWebsiteNotHttps_RefusesToStartNamingTheKey()
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent, settings: new() { ["Site:OperatorWebsite"] = "http://example.org" });

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Site:OperatorWebsite", error.ToString(), StringComparison.Ordinal);
    }
}
