using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;
using SelfHelp.Web.Safety;

namespace SelfHelp.Web.Pages.Start;

/// <summary>The suggested order kept in the cookie, with the editors' reason for it.</summary>
public sealed class ResultModel(ContentStore content, ProgressStore progress, SafetyContext safety) : PageModel
{
    public ImmutableArray<Module> Path { get; private set; } = [];

    public string? Reason { get; private set; }

    /// <summary>The region's helplines, when the path is for someone who is struggling; shown above the modules.</summary>
    public RegionHelplines? Support { get; private set; }

    public IReadOnlyDictionary<string, ModuleStatus> Statuses { get; private set; } = new Dictionary<string, ModuleStatus>();

    /// <summary>The first module on the path not yet finished.</summary>
    public Module? Next => Path.FirstOrDefault(m => Statuses.GetValueOrDefault(m.Id) != ModuleStatus.Completed);

    public IActionResult OnGet()
    {
        var state = progress.Current;
        Path = RecommendedPath.Modules(content.Catalogue, state);
        if (Path.IsEmpty)
        {
            return RedirectToPage("/Start/Index");
        }

        // The reason is found again from the path itself, so that no answer needs to be kept.
        var chosen = content.StartGuide.Paths.FirstOrDefault(p => p.Modules.SequenceEqual(state.Path, StringComparer.Ordinal));
        Reason = chosen?.Reason;
        Support = chosen is { HelplinesFirst: true } ? safety.Current : null;
        Statuses = Path.ToDictionary(m => m.Id, m => state.For(m.Id).Status(), StringComparer.Ordinal);
        return Page();
    }
}
