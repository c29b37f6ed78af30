using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Save;

/// <summary>
/// Save progress to a file and restore it: for private windows and Tor Browser, where cookies vanish, and for moving
/// to another device. The file is protected like the cookie, under its own purpose.
/// </summary>
[RequestSizeLimit(MaxFileBytes + 16 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 16 * 1024, ValueLengthLimit = MaxFileBytes)]
public sealed class SaveModel(ProgressStore progress, ProgressProtector protector, IStringLocalizer<Ui> text) : PageModel
{
    public const int MaxFileBytes = 64 * 1024;

    public List<KeyValuePair<string, string>> Errors { get; } = [];

    /// <summary>A valid file waiting for the person to confirm replacing their current progress.</summary>
    public string? PendingCode { get; private set; }

    public bool Restored { get; private set; }

    public bool HasProgress => !progress.Current.IsEmpty;

    public void OnGet(int? restored) => Restored = restored == 1;

    public IActionResult OnGetFile()
    {
        var body = new StringBuilder()
            .Append("# ").AppendLine(text["Save.File.Line1"])
            .Append("# ").AppendLine(text["Save.File.Line2"])
            .AppendLine(protector.ProtectForFile(progress.Current))
            .ToString();
        return File(Encoding.UTF8.GetBytes(body), "text/plain; charset=utf-8", "my-progress.txt");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? code, string? confirm)
    {
        var supplied = file is { Length: > 0 } ? await ReadFileAsync(file) : code;
        if (string.IsNullOrWhiteSpace(supplied))
        {
            Errors.Add(new("file", text["Save.Restore.Empty"]));
            return Page();
        }

        var token = ExtractToken(supplied);
        if (!protector.TryUnprotectFile(token, out var restored))
        {
            Errors.Add(new("file", text["Save.Restore.Invalid"]));
            return Page();
        }

        if (!progress.Current.IsEmpty && confirm != "yes")
        {
            PendingCode = token;
            return Page();
        }

        if (progress.Save(restored) == SaveResult.TooLarge)
        {
            Errors.Add(new("file", text["Save.Restore.TooLarge"]));
            return Page();
        }

        return RedirectToPage("/Save/Index", new { restored = 1 });
    }

    private static async Task<string?> ReadFileAsync(IFormFile file)
    {
        if (file.Length > MaxFileBytes)
        {
            return null;
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    /// <summary>The protected line of a saved file: the last line that is not a comment.</summary>
    private static string ExtractToken(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(line => !line.StartsWith('#')) ?? "";
}
