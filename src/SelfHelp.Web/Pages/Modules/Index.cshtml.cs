using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Pages.Modules;

public sealed class ProgrammeModel(ContentStore content) : PageModel
{
    public ImmutableArray<Module> Modules { get; private set; } = [];

    public void OnGet() => Modules = content.Catalogue.Modules;
}
