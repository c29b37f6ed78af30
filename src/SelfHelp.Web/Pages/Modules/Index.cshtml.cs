using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Modules;

public sealed class ProgrammeModel(ContentStore content, ProgressStore progress) : PageModel
{
    public ImmutableArray<Module> Modules { get; private set; } = [];

    public IReadOnlyDictionary<string, ModuleStatus> Statuses { get; private set; } = new Dictionary<string, ModuleStatus>();

    public int Completed { get; private set; }

    public void OnGet()
    {
        Modules = content.Catalogue.Modules;
        var state = progress.Current;
        Statuses = Modules.ToDictionary(m => m.Id, m => state.For(m.Id).Status(), StringComparer.Ordinal);
        Completed = Statuses.Values.Count(s => s == ModuleStatus.Completed);
    }
}
