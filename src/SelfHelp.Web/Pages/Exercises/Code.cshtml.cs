using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Serving;

namespace SelfHelp.Web.Pages.Exercises;

/// <summary>
/// A short link a person can type after hearing a code on the phone: <c>/e/7.2</c>, <c>/e/7-2</c>, <c>/e/ 7 2</c>
/// all lead to the same exercise. An unknown code shows a kind page with the whole directory.
/// </summary>
[ReflectsRequestInput]
public sealed class CodeModel(ContentStore content) : PageModel
{
    public string Code { get; private set; } = "";

    public IReadOnlyList<(Module Module, IReadOnlyList<FormBlockPart> Exercises)> Modules { get; private set; } = [];

    public IActionResult OnGet(string code)
    {
        var catalogue = content.Catalogue;
        if (code.Length <= 40 && catalogue.FindExercise(code) is { } exercise)
        {
            var fragment = $"f-{exercise.Id}-title";
            return exercise.StepNumber == 0
                ? RedirectToPage("/Modules/Module", null, new { id = exercise.ModuleId }, fragment)
                : RedirectToPage("/Modules/Step", null, new { id = exercise.ModuleId, step = exercise.StepNumber }, fragment);
        }

        Code = code.Length <= 40 ? code : code[..40];
        Modules = DirectoryModel.Load(catalogue);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
