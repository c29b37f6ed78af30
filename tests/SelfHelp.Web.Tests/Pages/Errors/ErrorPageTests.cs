using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Pages.Errors;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task Get_PageThatThrows_ShowsErrorPageWithoutDetails()
    {
        using var factory = new SelfHelpFactory(Paths.FixtureContent, services: services =>
            services.Configure<MvcOptions>(options => options.Filters.Add(new ThrowingFilter())));
        var client = factory.CreateClient();

        var response = await client.GetPathAsync("/modules/first");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal("Sorry, something went wrong", document.Single("h1").TextContent.Trim());
        Assert.DoesNotContain(ThrowingFilter.Secret, document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("at SelfHelp", document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("main#main a[href='/modules']"));
        Assert.NotNull(document.QuerySelector("a[data-quick-exit]"));
        Assert.NotNull(document.QuerySelector("#safety a[href^='tel:']"));
        Assert.Equal("Sorry, something went wrong – Self-help", document.Title);
    }

    [Theory]
    [InlineData("/error")]
    [InlineData("/status/500")]
    [InlineData("/status/503")]
    public async Task Get_ErrorPageDirectly_IsNotFoundRatherThanAServerError(string path)
    {
        using var factory = new SelfHelpFactory(Paths.FixtureContent);

        var response = await factory.CreateClient().GetPathAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(response)).Single("h1").TextContent.Trim());
    }

    private sealed class ThrowingFilter : IPageFilter
    {
        public const string Secret = "secret-exception-detail";

        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Path.StartsWithSegments("/modules", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(Secret);
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
