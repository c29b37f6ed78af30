using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Retired;
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

    /// <summary>The retired code the person typed, when it is one.</summary>
    public RetiredCode? Retired { get; private set; }

    /// <summary>Where a retired code's exercise went, when it moved.</summary>
    public FormBlockPart? MovedTo { get; private set; }

    /// <summary>The module <see cref="MovedTo"/> is in.</summary>
    public Module? MovedToModule { get; private set; }

    public IReadOnlyList<(Module Module, IReadOnlyList<FormBlockPart> Exercises)> Modules { get; private set; } = [];

    public IActionResult OnGet(string? code)
    {
        // "/e" or "/e/" alone: the person knows there are exercises but not the code, so show them all.
        if (string.IsNullOrWhiteSpace(code))
        {
            return RedirectToPage("/Exercises/Index");
        }

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
        if (code.Length <= 40 && content.RetiredCodes.Find(code) is { } retired)
        {
            // Practitioners may still quote an old code: say where its exercise went rather than "not found".
            Retired = retired;
            MovedTo = retired.MovedTo is null ? null : catalogue.FindExercise(retired.MovedTo);
            MovedToModule = MovedTo is null ? null : catalogue.FindModule(MovedTo.ModuleId);
            return Page();
        }

        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
