using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Guide;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Start;

/// <summary>
/// The optional "where to start" questions. The answers only choose a path and are then forgotten: only the
/// resulting order of modules goes into the progress cookie, and nothing posted is logged.
/// </summary>
public sealed class StartModel(ContentStore content, ProgressStore progress, IStringLocalizer<Ui> text) : PageModel
{
    public StartGuide Guide { get; private set; } = StartGuide.None;

    /// <summary>Question id to the chosen option id, only while the page is shown again with errors.</summary>
    public Dictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, string>> Errors { get; } = [];

    public bool Cleared { get; private set; }

    public bool HasPath => !progress.Current.Path.IsEmpty;

    /// <summary>The modules of the editors' shorter way through, shown under the questions; empty when there is none.</summary>
    public System.Collections.Immutable.ImmutableArray<SelfHelp.Content.Catalogue.Module> ShorterRouteModules =>
        SelfHelp.Web.Pages.Modules.ProgrammeModel.ShorterRouteOf(Guide, content.Catalogue).Modules;

    public static string QuestionId(GuideQuestion question) => $"q-{question.Id}";

    public static string OptionId(GuideQuestion question, GuideOption option) => $"q-{question.Id}-{option.Id}";

    public void OnGet(int? cleared)
    {
        Guide = content.StartGuide;
        Cleared = cleared == 1 && !HasPath;
    }

    public IActionResult OnPost()
    {
        Guide = content.StartGuide;
        if (!Guide.IsAvailable)
        {
            return Page();
        }

        foreach (var question in Guide.Questions)
        {
            var answer = Request.Form[QuestionId(question)].ToString();
            if (question.Options.Any(o => o.Id == answer))
            {
                Answers[question.Id] = answer;
            }
            else
            {
                Errors.Add(new(OptionId(question, question.Options[0]), text["Guide.Question.Error", question.Text]));
            }
        }

        if (Errors.Count > 0 || Guide.Recommend(Answers) is not { } path)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        progress.Save(progress.Current.WithPath(path.Modules));
        return RedirectToPage("/Start/Result");
    }

    public IActionResult OnPostClear()
    {
        progress.Save(progress.Current.WithPath([]));
        return RedirectToPage("/Start/Index", new { cleared = 1 });
    }
}
