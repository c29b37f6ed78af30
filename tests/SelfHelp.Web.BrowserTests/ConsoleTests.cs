using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// Chromium logs nothing on any page: no warning about the Permissions-Policy header (an unknown feature in it costs
/// every page one), no blocked resource, no script error. The tab shows the site's own icon.
/// </summary>
public sealed class ConsoleTests(BrowserFixture browser)
{
    [Fact]
    public async Task EveryPageType_LogsNothingInTheConsole()
    {
        // Arrange
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        var messages = new List<string>();
        page.Console += (_, message) => messages.Add($"{page.Url}: {message.Type}: {message.Text}");
        page.PageError += (_, error) => messages.Add($"{page.Url}: error: {error}");

        // Act
        foreach (var (path, _) in SitePages.All.Where(p => p.Status == 200))
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        // Assert
        Assert.Empty(messages);
    }

    [Fact]
    public async Task PermissionsPolicyWithAnUnknownFeature_WouldBeReported()
    {
        // The positive control for the test above: Chromium does report an unknown feature in the console.
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        var messages = new List<string>();
        page.Console += (_, message) => messages.Add(message.Text);
        await page.RouteAsync("**/about", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["permissions-policy"] = "battery=(), camera=()" };
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        });

        await page.GotoAsync("/about");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains(messages, m => m.Contains("Unrecognized feature: 'battery'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Home_ShowsTheSitesOwnIcon()
    {
        await using var context = await browser.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        var icons = new List<(string Url, int Status)>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/favicon", StringComparison.Ordinal))
            {
                icons.Add((response.Url, response.Status));
            }
        };

        await page.GotoAsync("/");
        var href = await page.Locator("link[rel=icon][type='image/svg+xml']").GetAttributeAsync("href");
        var icon = await page.APIRequest.GetAsync(href!);

        Assert.Equal(200, icon.Status);
        Assert.Equal("image/svg+xml", icon.Headers["content-type"]);
        Assert.All(icons, i => Assert.Equal(200, i.Status));
    }
}
