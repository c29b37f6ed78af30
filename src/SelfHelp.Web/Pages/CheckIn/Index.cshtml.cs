using System.Collections.Immutable;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.CheckIns;
using SelfHelp.Content.Distress;
using SelfHelp.Web.CheckIns;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Pages.CheckIn;

/// <summary>
/// The weekly check-in (issue 18): a few questions from content, kept only in the person's progress cookie, drawn
/// as charts on My progress. Extreme answers bring support at once, as an exercise's do.
/// </summary>
/// <remarks>The antiforgery token is checked here, so a stale page gives the choices back instead of a bare 400.</remarks>
[IgnoreAntiforgeryToken]
[ReadsOwnForm]
[RequestSizeLimit(16 * 1024)]
public sealed class CheckInModel(ContentStore content, ProgressStore progress, Pacing pacing, IAntiforgery antiforgery, IStringLocalizer<Ui> text) : PageModel
{
    public CheckInQuestions Questions => content.CheckIn;

    public FormToken Token { get; private set; } = FormToken.None;

    /// <summary>Question id to the answer the form shows chosen.</summary>
    public IReadOnlyDictionary<string, string> Chosen { get; private set; } = ImmutableDictionary<string, string>.Empty;

    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; private set; } = [];

    public DistressResult Concern { get; private set; } = DistressResult.None;

    public bool Saved { get; private set; }

    /// <summary>The day of the latest check-in, if any.</summary>
    public DateOnly? Last => progress.Current.CheckIns.IsEmpty ? null : progress.Current.CheckIns[^1].Day;

    public IActionResult OnGet()
    {
        if (!Questions.IsAvailable)
        {
            return NotFound();
        }

        // Checking in again on the same day shows that day's answers, to change.
        var today = progress.Current.CheckIns.FirstOrDefault(c => c.Day == pacing.Today);
        Chosen = today is null ? ImmutableDictionary<string, string>.Empty : Questions.All
            .Where(q => today.Answers.ContainsKey(q.Key))
            .ToImmutableDictionary(q => q.Id, q => today.Answers[q.Key].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        Token = FormToken.For(antiforgery, HttpContext);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Questions.IsAvailable)
        {
            return NotFound();
        }

        Token = FormToken.For(antiforgery, HttpContext);
        var reading = CheckInReading.Read(Questions, name => Request.Form[name], what => text["CheckIn.OutOfRange", what], text["CheckIn.Nothing"]);
        Chosen = reading.Posted;
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            Errors = [KeyValuePair.Create("check-in-form", text["Form.Rejected"].Value)];
            return Page();
        }

        if (!reading.Errors.IsEmpty)
        {
            Errors = reading.Errors;
            return Page();
        }

        var saved = progress.Save(progress.Current.WithCheckIn(new SelfHelp.Web.Progress.CheckIn(pacing.Today, reading.Answers)));
        if (saved != SaveResult.Saved)
        {
            Errors = [KeyValuePair.Create("check-in-form", saved == SaveResult.TooLarge ? text["CheckIn.TooLarge"].Value : text["Form.Unavailable"].Value)];
            return Page();
        }

        Concern = CheckInReading.Concern(Questions, reading.Answers);
        if (Concern.IsEmpty)
        {
            return Redirect(Url.Page("/MyProgress/Index", null, new { checkedIn = 1 }, null, null, "check-ins")!);
        }

        // Support first; the answers are saved and stay on the page.
        Saved = true;
        return Page();
    }

    /// <summary>"Not now" on the suggestion: put it off for a week, and go back to the page it was on.</summary>
    public async Task<IActionResult> OnPostLaterAsync(string? returnUrl)
    {
        if (await antiforgery.IsRequestValidAsync(HttpContext))
        {
            progress.Save(progress.Current.WithCheckInSnoozed(pacing.Today));
        }

        return Redirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) && returnUrl.Length <= 200 ? RedirectTarget.Escape(returnUrl) : "/");
    }
}
