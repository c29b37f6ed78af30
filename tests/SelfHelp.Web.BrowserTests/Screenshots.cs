using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// Phone-size screenshots of the main pages for docs/accessibility.md: a command, not a test (see EntryPoint), so that
/// taking pictures is never counted as checking anything.
/// </summary>
internal static class Screenshots
{
    private static readonly (string Name, string Path, string? Theme)[] Shots =
    [
        ("home", "/", null),
        ("programme", "/modules", null),
        ("step", "/modules/welcome/3", null),
        ("where-to-start", "/start", null),
        ("preferences", "/preferences", null),
        ("step-dark", "/modules/welcome/3", "dark"),
        ("step-contrast", "/modules/welcome/3", "contrast"),
    ];

    /// <summary>Writes one PNG per shot into <paramref name="folder"/>; returns the process exit code.</summary>
    public static async Task<int> WriteAsync(string folder)
    {
        var target = Directory.CreateDirectory(Path.GetFullPath(folder));

        // WebApplicationFactory finds the site through MvcTestingAppManifest.json in the current directory, which
        // `dotnet test` sets to the build output and `dotnet run` does not.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var browser = new BrowserFixture();
        await browser.InitializeAsync();
        try
        {
            foreach (var (name, path, theme) in Shots)
            {
                await using var context = await browser.NewContextAsync(Viewport.Mobile);
                var page = await context.NewPageAsync();
                if (theme is not null)
                {
                    await ReadingChoices.ChooseAsync(page, ("theme", theme));
                }

                await page.GotoAsync(path);
                var file = Path.Combine(target.FullName, $"{name}.png");
                await page.ScreenshotAsync(new() { Type = ScreenshotType.Png, Path = file });
                Console.WriteLine($"wrote {file}");
            }

            return 0;
        }
        finally
        {
            await browser.DisposeAsync();
        }
    }
}
