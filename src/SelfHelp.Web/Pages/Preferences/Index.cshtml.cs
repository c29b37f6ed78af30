using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Preferences;

/// <summary>Text size, spacing and colours, kept in the person's own cookie and applied at once, with or without JavaScript.</summary>
public sealed class PreferencesModel(ProgressStore progress) : PageModel
{
    public string TextSize { get; private set; } = "";

    public string Spacing { get; private set; } = "";

    public string Theme { get; private set; } = "";

    public bool Saved { get; private set; }

    public void OnGet(int? saved)
    {
        Saved = saved == 1;
        TextSize = ReadingPreferences.Value(progress.Current, ReadingPreferences.TextSize);
        Spacing = ReadingPreferences.Value(progress.Current, ReadingPreferences.Spacing);
        Theme = ReadingPreferences.Value(progress.Current, ReadingPreferences.Theme);
    }

    public IActionResult OnPost(string? text, string? spacing, string? theme)
    {
        var state = ReadingPreferences.With(progress.Current, ReadingPreferences.TextSize, text);
        state = ReadingPreferences.With(state, ReadingPreferences.Spacing, spacing);
        state = ReadingPreferences.With(state, ReadingPreferences.Theme, theme);
        progress.Save(state);
        return RedirectToPage("/Preferences/Index", new { saved = 1 });
    }
}
