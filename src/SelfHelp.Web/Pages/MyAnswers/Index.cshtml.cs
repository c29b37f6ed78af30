using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.MyAnswers;

public sealed class MyAnswersModel(ContentStore content, ProgressStore progress, IStringLocalizer<Ui> text) : PageModel
{
    public AnswerDocument Document { get; private set; } = null!;

    public void OnGet() => Document = new AnswerDocument(content.Catalogue, progress.Current, text);

    /// <summary>The same answers as a file to keep or talk through with a practitioner.</summary>
    public IActionResult OnGetDownload(string? format) =>
        new AnswerDocument(content.Catalogue, progress.Current, text)
            .ToFile(string.Equals(format, "md", StringComparison.OrdinalIgnoreCase) ? AnswerFormat.Markdown : AnswerFormat.Text);
}
