using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SelfHelp.Content.Feedback;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Feedback;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Feedback;

/// <summary>
/// The optional questions after a module or the programme (issue 20). Each answer adds one to a counter for this
/// month; nothing else is kept. Whether the person has answered is kept only in their own cookie.
/// </summary>
[RequestSizeLimit(16 * 1024)]
public sealed class IndexModel(ContentStore content, ProgressStore progress, IFeedbackStore store, IOptions<FeedbackOptions> options, TimeProvider clock, IStringLocalizer<Ui> text) : PageModel
{
    public string Subject { get; private set; } = "";

    /// <summary>"this module" or "the whole programme", as the questions say it.</summary>
    public string SubjectWords { get; private set; } = "";

    /// <summary>The module's title, or "The whole programme".</summary>
    public string Title { get; private set; } = "";

    public FeedbackQuestions Questions => content.Feedback;

    /// <summary>Question id to the answer's position chosen (from 1): what the form shows again after an error.</summary>
    public Dictionary<string, int> Chosen { get; } = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, string>> Errors { get; } = [];

    public PageState State { get; private set; }

    /// <summary>Where "Skip" and "Carry on" go.</summary>
    public string BackUrl { get; private set; } = "";

    public enum PageState
    {
        Ask,
        NotYet,
        AlreadyGiven,
        Thanked,
        NotCounted,
    }

    public IActionResult OnGet(string subject, int? sent)
    {
        if (!Find(subject))
        {
            return NotFound();
        }

        var state = progress.Current;
        State = sent == 1 && state.FeedbackGiven.Contains(Subject) ? PageState.Thanked
            : state.FeedbackGiven.Contains(Subject) ? PageState.AlreadyGiven
            : !FeedbackSubjects.Done(content.Catalogue, state, Subject) ? PageState.NotYet
            : PageState.Ask;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string subject)
    {
        if (!Find(subject))
        {
            return NotFound();
        }

        var state = progress.Current;
        if (state.FeedbackGiven.Contains(Subject))
        {
            State = PageState.AlreadyGiven;
            return Page();
        }

        if (!FeedbackSubjects.Done(content.Catalogue, state, Subject))
        {
            State = PageState.NotYet;
            return Page();
        }

        var answers = new List<FeedbackAnswer>();
        foreach (var question in Questions.Questions)
        {
            var posted = Request.Form[FieldName(question)].ToString();
            if (posted.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(posted, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1 || position > question.Options.Length)
            {
                Errors.Add(new(FieldId(question, 1), text["Feedback.OutOfRange"]));
                continue;
            }

            Chosen[question.Id] = position;
            answers.Add(new FeedbackAnswer(question.Id, position));
        }

        if (Errors.Count > 0)
        {
            State = PageState.Ask;
            return Page();
        }

        if (answers.Count == 0)
        {
            // Nothing chosen is the same as skipping: nothing is counted and the person carries on.
            return Redirect(BackUrl);
        }

        var month = clock.GetUtcNow().ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (!await store.AddAsync(month, Subject, answers, HttpContext.RequestAborted))
        {
            State = PageState.NotCounted;
            return Page();
        }

        progress.Save(state.WithFeedbackGiven(Subject));
        return RedirectToPage("/Feedback/Index", new { subject = Subject, sent = 1 });
    }

    public static string FieldName(FeedbackQuestion question) => $"q.{question.Id}";

    public static string FieldId(FeedbackQuestion question, int position) =>
        string.Create(CultureInfo.InvariantCulture, $"q-{question.Id}-{position}");

    private bool Find(string subject)
    {
        if (options.Value.Store == FeedbackStoreKind.Off || !Questions.IsAvailable || !FeedbackSubjects.Exists(content.Catalogue, subject))
        {
            return false;
        }

        Subject = subject;
        if (subject == FeedbackQuestions.Programme)
        {
            SubjectWords = text["Feedback.Programme.Words"];
            Title = text["Feedback.Programme.Title"];
            BackUrl = Url.Page("/MyProgress/Index") ?? "/my-progress";
        }
        else
        {
            var module = content.Catalogue.FindModule(subject)!;
            SubjectWords = text["Feedback.Module.Words"];
            Title = module.Title;
            BackUrl = Url.Page("/Modules/Module", new { id = module.Id }) ?? Url.Content("~/modules");
        }

        return true;
    }
}
