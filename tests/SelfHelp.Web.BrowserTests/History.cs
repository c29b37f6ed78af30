using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// The browser's Back button, and waiting for an address, without a race in Chromium's DevTools protocol failing the
/// test.
/// </summary>
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

    /// <summary>
    /// Waits until the page's address is <paramref name="url"/>, polling it. Not <c>WaitForURLAsync</c>: that waits for
    /// the "load" lifecycle event too, even when the address already matches, and on a busy two-core machine
    /// Playwright with Debian's Chromium has seen network idle but never "load" within 30 s (JourneyTests, and
    /// QuickExitTests in CI on 2026-12-02, both with the page already there).
    /// </summary>
    public static Task WaitForAddressAsync(this IPage page, string url, float timeout = 30_000) =>
        Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = timeout });
}
