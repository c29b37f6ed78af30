using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.Progress;
using SelfHelp.Web.Safety;

namespace SelfHelp.Web.Pages.Help;

/// <summary>
/// Help for a frightened person on a phone: the region's three lines first, each saying whether it is open now; then
/// every service in the region, what to do when a line is closed, what stays private, and other countries folded away.
/// Also where the person chooses their region (and language, where a region's services differ by language).
/// </summary>
public sealed class HelpModel(SafetyContext safety, ProgressStore progress) : PageModel
{
    public RegionHelplines Support { get; private set; } = null!;

    /// <summary>The region's services for people, in file order (reporting services are listed under their own heading).</summary>
    public IReadOnlyList<Helpline> Local { get; private set; } = [];

    public IReadOnlyList<Helpline> Reporting { get; private set; } = [];

    /// <summary>Services in the region's other languages, such as the French services for someone who chose Dutch.</summary>
    public IReadOnlyList<Helpline> OtherLanguages { get; private set; } = [];

    public IReadOnlyList<(Region Region, IReadOnlyList<Helpline> Helplines)> Others { get; private set; } = [];

    /// <summary>Every choice the region picker offers: a region, or a region and one of its languages.</summary>
    public IReadOnlyList<(string Value, string Text)> Choices { get; private set; } = [];

    public string Chosen { get; private set; } = "";

    public bool Changed { get; private set; }

    public void OnGet(int? changed)
    {
        Changed = changed == 1;
        Support = safety.Current;
        var directory = Support.Directory;
        var region = Support.Region;
        Local = [.. Support.Local.Where(h => h.Purpose != HelplinePurpose.Reporting)];
        Reporting = [.. Support.Local.Where(h => h.Purpose == HelplinePurpose.Reporting)];
        OtherLanguages = region is null
            ? []
            : [.. directory.For(region.Code).Where(h => !Support.Local.Contains(h) && h.Purpose != HelplinePurpose.Reporting)];
        Others = [.. directory.Regions.Where(r => r.Code != region?.Code).Select(r => (r, directory.For(r.Code)))];
        Choices = [.. directory.Regions.SelectMany(r => r.Languages.IsEmpty
            ? [(r.Code, r.Name)]
            : r.Languages.Select(l => (SafetyContext.Choice(r, l), $"{r.Name} ({directory.LanguageName(l)})")))];
        Chosen = region is null ? "" : SafetyContext.Choice(region, Support.Language);
    }

    public IActionResult OnPost(string? region)
    {
        if (SafetyContext.ParseChoice(safety.Directory, region) is var (chosen, language))
        {
            progress.Save(progress.Current
                .WithPreference(SafetyContext.RegionPreference, chosen.Code)
                .WithPreference(SafetyContext.LanguagePreference, language));
        }

        return RedirectToPage("/Help/Index", null, new { changed = 1 }, "helplines");
    }
}
