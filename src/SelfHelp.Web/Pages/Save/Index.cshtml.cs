using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Save;

/// <summary>
/// Save progress to a file and restore it: for private windows and Tor Browser, where cookies vanish, and for moving
/// to another device. The file is protected like the cookie, under its own purpose.
/// </summary>
/// <remarks>
/// The antiforgery token is checked here rather than by the framework, so that a stale page gives back a pasted
/// code with a message instead of a bare 400.
/// </remarks>
[IgnoreAntiforgeryToken]
[ReadsOwnForm]
[GivesWordsBack]
[RequestSizeLimit(MaxFileBytes + 16 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 16 * 1024, ValueLengthLimit = MaxFileBytes)]
public sealed class SaveModel(ProgressStore progress, ProgressProtector protector, ContentStore content, IAntiforgery antiforgery, IStringLocalizer<Ui> text) : PageModel
{
    /// <summary>A full notebook's file is about 40,000 characters; this leaves room to spare.</summary>
    public const int MaxFileBytes = 128 * 1024;

    /// <summary>What was pasted, given back when it could not be used.</summary>
    public string? Code { get; private set; }

    public List<KeyValuePair<string, string>> Errors { get; } = [];

    /// <summary>A valid file waiting for the person to confirm replacing their current progress.</summary>
    public string? PendingCode { get; private set; }

    public bool Restored { get; private set; }

    public bool HasProgress => !progress.Current.IsEmpty || progress.Space.Used > 0;

    public void OnGet(int? restored) => Restored = restored == 1;

    public IActionResult OnGetFile()
    {
        string value;
        try
        {
            value = protector.ProtectForFile(progress.Current, progress.Notebook());
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            Errors.Add(new("file", text["Form.Unavailable"]));
            return Page();
        }

        var body = new StringBuilder()
            .Append("# ").AppendLine(text["Save.File.Line1"])
            .Append("# ").AppendLine(text["Save.File.Line2"])
            .AppendLine(value)
            .ToString();
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(body), "text/plain; charset=utf-8", "my-progress.txt");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? code, string? confirm)
    {
        Code = code;
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            Errors.Add(new("file", text[file is { Length: > 0 } ? "Save.Restore.RejectedFile" : "Save.Restore.Rejected"]));
            return Page();
        }

        var supplied = file is { Length: > 0 } ? await ReadFileAsync(file) : code;
        if (string.IsNullOrWhiteSpace(supplied))
        {
            Errors.Add(new("file", text["Save.Restore.Empty"]));
            return Page();
        }

        var token = ExtractToken(supplied);
        switch (protector.TryUnprotectFile(token, out var stored))
        {
            case Unprotected.KeyMissing:
                Errors.Add(new("file", text["Save.Restore.KeyMissing"]));
                return Page();
            case Unprotected.Invalid:
                Errors.Add(new("file", text["Save.Restore.Invalid"]));
                return Page();
        }

        if ((!progress.Current.IsEmpty || progress.Space.Used > 0) && confirm != "yes")
        {
            Code = null;
            PendingCode = token;
            return Page();
        }

        var state = stored.IsLegacy ? stored.Resolve(content.Catalogue) : stored.State;
        switch (progress.Restore(state, stored.Answers))
        {
            case SaveResult.TooLarge:
                Errors.Add(new("file", text["Save.Restore.TooLarge"]));
                return Page();
            case SaveResult.Unavailable:
                Errors.Add(new("file", text["Form.Unavailable"]));
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
