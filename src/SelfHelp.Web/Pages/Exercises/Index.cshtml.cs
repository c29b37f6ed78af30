using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Pages.Exercises;

/// <summary>Every exercise with its code, by module: for practitioners, and printable as a handout.</summary>
public sealed class DirectoryModel(ContentStore content) : PageModel
{
    public IReadOnlyList<(Module Module, IReadOnlyList<FormBlockPart> Exercises)> Modules { get; private set; } = [];

    public void OnGet() => Modules = Load(content.Catalogue);

    public static IReadOnlyList<(Module, IReadOnlyList<FormBlockPart>)> Load(ContentCatalogue catalogue) =>
        catalogue.Modules
            .Select(m => (m, (IReadOnlyList<FormBlockPart>)m.Forms.Where(f => f.Kind == FormKind.Exercise).ToList()))
            .Where(x => x.Item2.Count > 0)
            .ToList();
}
