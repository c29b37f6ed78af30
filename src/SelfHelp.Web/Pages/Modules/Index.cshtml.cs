using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Modules;

public sealed class ProgrammeModel(ContentStore content, ProgressStore progress, Pacing pacing) : PageModel
{
    public ImmutableArray<Module> Modules { get; private set; } = [];

    /// <summary>The suggested order from the "where to start" questions; empty when none was chosen.</summary>
    public ImmutableArray<Module> Path { get; private set; } = [];

    /// <summary>The modules not on the path, in programme order.</summary>
    public ImmutableArray<Module> Others { get; private set; } = [];

    public IReadOnlyDictionary<string, ModuleStatus> Statuses { get; private set; } = new Dictionary<string, ModuleStatus>();

    public int Completed { get; private set; }

    /// <summary>The editors' shorter way through, from start.yml; null when there is none.</summary>
    public SelfHelp.Content.Guide.ShorterRoute? ShorterRoute { get; private set; }

    /// <summary>The modules of <see cref="ShorterRoute"/>, in its order.</summary>
    public ImmutableArray<Module> ShorterRouteModules { get; private set; } = [];

    /// <summary>How many questions the "where to start" guide asks; 0 when there is none.</summary>
    public int GuideQuestions { get; private set; }

    /// <summary>Modules finished today, when that is enough to suggest a pause; otherwise null.</summary>
    public int? FinishedToday { get; private set; }

    public void OnGet()
    {
        var catalogue = content.Catalogue;
        Modules = catalogue.Modules;
        var state = progress.Current;
        Statuses = Modules.ToDictionary(m => m.Id, m => state.For(m.Id).Status(), StringComparer.Ordinal);
        Completed = Statuses.Values.Count(s => s == ModuleStatus.Completed);
        Path = RecommendedPath.Modules(catalogue, state);
        Others = [.. Modules.Except(Path)];
        GuideQuestions = content.StartGuide.IsAvailable ? content.StartGuide.Questions.Length : 0;
        (ShorterRoute, ShorterRouteModules) = ShorterRouteOf(content.StartGuide, catalogue);
        FinishedToday = pacing.PauseSuggestion(state);
    }

    /// <summary>The shorter route and its modules, leaving out any id the catalogue no longer has.</summary>
    public static (SelfHelp.Content.Guide.ShorterRoute? Route, ImmutableArray<Module> Modules) ShorterRouteOf(SelfHelp.Content.Guide.StartGuide guide, ContentCatalogue catalogue)
    {
        if (guide.ShorterRoute is not { } route)
        {
            return (null, []);
        }

        ImmutableArray<Module> modules = [.. route.Modules.Select(catalogue.FindModule).OfType<Module>()];
        return modules.IsEmpty ? (null, []) : (route, modules);
    }
}
