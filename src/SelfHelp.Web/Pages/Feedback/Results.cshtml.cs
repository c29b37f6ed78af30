using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Feedback;

namespace SelfHelp.Web.Pages.Feedback;

/// <summary>
/// "What people told us" (<c>Feedback:PublicResults</c>): the same summary as the charity's report, counts under the
/// threshold hidden, for anyone to read. It builds trust that answers are heard and that nobody is singled out.
/// </summary>
public sealed class ResultsModel(ContentStore content, IFeedbackStore store, IOptions<FeedbackOptions> options, IStringLocalizer<Ui> text) : PageModel
{
    public FeedbackSummary? Summary { get; private set; }

    public int HideBelow => options.Value.HideBelow;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!options.Value.PublicResults || options.Value.Store == FeedbackStoreKind.Off || !content.Feedback.IsAvailable)
        {
            return NotFound();
        }

        var counts = await store.ReadAsync(HttpContext.RequestAborted);
        Summary = counts is null ? null : FeedbackSummary.Build(counts, content.Feedback, content.Catalogue, options.Value.HideBelow, text["Feedback.Programme.Title"]);
        return Page();
    }
}
