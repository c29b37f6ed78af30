using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Start;

/// <summary>The suggested order kept in the cookie, with the editors' reason for it.</summary>
public sealed class ResultModel(ContentStore content, ProgressStore progress) : PageModel
{
    public ImmutableArray<Module> Path { get; private set; } = [];

    public string? Reason { get; private set; }

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
        Reason = content.StartGuide.Paths.FirstOrDefault(p => p.Modules.SequenceEqual(state.Path, StringComparer.Ordinal))?.Reason;
        Statuses = Path.ToDictionary(m => m.Id, m => state.For(m.Id).Status(), StringComparer.Ordinal);
        return Page();
    }
}
