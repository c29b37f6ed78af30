using Microsoft.Playwright;

namespace SelfHelp.Web.BrowserTests;

/// <summary>Chooses reading preferences the way a person does: on /preferences, with the form.</summary>
internal static class ReadingChoices
{
    public static async Task ChooseAsync(IPage page, params (string Preference, string Value)[] choices)
    {
        await page.GotoAsync("/preferences");
        foreach (var (preference, value) in choices)
        {
            await page.CheckAsync($"#{preference}-{value}");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save my preferences" }).ClickAsync();
    }
}
