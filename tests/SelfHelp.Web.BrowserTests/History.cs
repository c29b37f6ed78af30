using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>The browser's Back button, without a race in Chromium's DevTools protocol failing the test.</summary>
internal static class History
{
    // Chromium briefly detaches the page's old document while it commits a navigation. A DevTools command sent in
    // that moment (Playwright's GoBack asks for the history first) fails with this message and does nothing, so
    // asking again is safe. CI met it once (December 2026), in GuidanceTests 31 minutes into the suite.
    private const string InactivePage = "Not attached to an active page";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>Goes back one page, as the Back button does, and waits for that page to load.</summary>
    public static async Task<IResponse?> PressBackAsync(this IPage page)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return await page.GoBackAsync();
            }
            catch (PlaywrightException exception) when (exception.Message.Contains(InactivePage, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
