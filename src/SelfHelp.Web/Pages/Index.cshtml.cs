using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages;

public sealed class IndexModel(ContentStore content, ProgressStore progress) : PageModel
{
    public int ModuleCount { get; private set; }

    /// <summary>How many questions the "where to start" guide asks; 0 when there is none.</summary>
    public int GuideQuestions { get; private set; }

    public bool HasPath { get; private set; }

    /// <summary>Where the person left off, when that step still exists.</summary>
    public (Module Module, Step Step)? Resume { get; private set; }

    public void OnGet()
    {
        var catalogue = content.Catalogue;
        GuideQuestions = content.StartGuide.IsAvailable ? content.StartGuide.Questions.Length : 0;
        HasPath = !progress.Current.Path.IsEmpty;
        ModuleCount = catalogue.Modules.Length;
        if (progress.Current.LastPosition is { } position
            && catalogue.FindModule(position.ModuleId) is { } module
            && module.Steps.FirstOrDefault(s => StepKey.For(s) == position.Step) is { } step)
        {
            Resume = (module, step);
        }
    }
}
