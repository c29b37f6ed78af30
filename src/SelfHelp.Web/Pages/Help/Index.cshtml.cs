using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.Progress;
using SelfHelp.Web.Safety;

namespace SelfHelp.Web.Pages.Help;

/// <summary>Every helpline, the person's region first; and where they choose their region.</summary>
public sealed class HelpModel(SafetyContext safety, ProgressStore progress) : PageModel
{
    public SafetyContext Safety => safety;

    public IReadOnlyList<Helpline> Local { get; private set; } = [];

    public IReadOnlyList<(Region Region, IReadOnlyList<Helpline> Helplines)> Others { get; private set; } = [];

    public IReadOnlyList<Helpline> Reporting { get; private set; } = [];

    public bool Changed { get; private set; }

    public void OnGet(int? changed)
    {
        Changed = changed == 1;
        var directory = safety.Directory;
        var region = safety.RegionCode;
        Local = directory.For(region);
        Others = directory.Regions.Where(r => r.Code != region).Select(r => (r, directory.For(r.Code))).ToList();
        Reporting = Local.Where(h => h.Purpose == HelplinePurpose.Reporting).ToList();
    }

    public IActionResult OnPost(string? region)
    {
        if (region is not null && safety.Directory.FindRegion(region) is not null)
        {
            progress.Save(progress.Current.WithPreference(SafetyContext.RegionPreference, region));
        }

        return RedirectToPage("/Help/Index", null, new { changed = 1 }, "helplines");
    }
}
