using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Tests.Site;

/// <summary>The layout's links to fixed pages, worked out once per language prefix: the same paths the tag helpers made.</summary>
public sealed class PageLinksTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private PageLinks Links => site.Services.GetRequiredService<PageLinks>();

    private static DefaultHttpContext Request(string pathBase, string path = "/modules/x/2")
    {
        var context = new DefaultHttpContext();
        context.Request.PathBase = pathBase;
        context.Request.Path = path;
        return context;
    }

    [Theory]
    [InlineData("", "/Help/Index", "/help")]
    [InlineData("", "/Index", "/")]
    [InlineData("", "/MyProgress/Index", "/my-progress")]
    [InlineData("/de", "/Help/Index", "/de/help")]
    [InlineData("/de", "/Index", "/de")]
    [InlineData("/site/de", "/Now/Index", "/site/de/now")]
    public void To_FixedPage_IsItsPathUnderThePathBase(string pathBase, string page, string expected)
    {
        Assert.Equal(expected, Links.To(Request(pathBase), page));
    }

    [Fact]
    public void To_SamePageInTwoLanguages_NeverMixesThemUp()
    {
        // Cached per prefix: the second language must not get the first one's path.
        Assert.Equal("/privacy", Links.To(Request(""), "/Privacy/Index"));
        Assert.Equal("/de/privacy", Links.To(Request("/de"), "/Privacy/Index"));
        Assert.Equal("/privacy", Links.To(Request(""), "/Privacy/Index"));
    }

    [Fact]
    public void To_MatchesTheLinkGenerator()
    {
        var generator = site.Services.GetRequiredService<LinkGenerator>();
        foreach (var page in new[] { "/Modules/Index", "/Preferences/Index", "/Forget/Index", "/Save/Index", "/Exercises/Index" })
        {
            Assert.Equal(generator.GetPathByPage(page, pathBase: "/de"), Links.To(Request("/de"), page));
        }
    }

    [Fact]
    public void To_UnknownPage_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Links.To(Request(""), "/No/Such/Page"));
    }
}
