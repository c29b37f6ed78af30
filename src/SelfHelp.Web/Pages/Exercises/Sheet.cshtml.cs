using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Pages.Exercises;

/// <summary>
/// A blank, printable sheet for one exercise, for people who would rather write on paper than in a browser, and for
/// practitioners to hand out. Nothing is filled in: it never shows a person's answers.
/// </summary>
public sealed class SheetModel(ContentStore content) : PageModel
{
    public FormBlockPart Exercise { get; private set; } = null!;

    public Module Module { get; private set; } = null!;

    public IActionResult OnGet(string code)
    {
        var catalogue = content.Catalogue;
        if (code.Length > 40 || catalogue.FindExercise(code) is not { } exercise || catalogue.FindModule(exercise.ModuleId) is not { } module)
        {
            // The short link knows about retired codes and shows the directory.
            return Redirect(Request.PathBase + $"/e/{Uri.EscapeDataString(code.Length > 40 ? code[..40] : code)}");
        }

        Exercise = exercise;
        Module = module;
        return Page();
    }
}
