using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.MyAnswers;

public sealed class MyAnswersModel(ContentStore content, ProgressStore progress, IStringLocalizer<Ui> text) : PageModel
{
    public AnswerDocument Document { get; private set; } = null!;

    /// <summary>How full the notebook is.</summary>
    public NotebookSpace Space => progress.Space;

    public void OnGet() => Document = new AnswerDocument(content.Catalogue, progress.Current, progress.Notebook(), text);

    /// <summary>The same answers as a file to keep or talk through with a practitioner. Never kept in the browser's cache.</summary>
    public IActionResult OnGetDownload(string? format)
    {
        Response.Headers.CacheControl = "no-store";
        return new AnswerDocument(content.Catalogue, progress.Current, progress.Notebook(), text)
            .ToFile(string.Equals(format, "md", StringComparison.OrdinalIgnoreCase) ? AnswerFormat.Markdown : AnswerFormat.Text);
    }
}
