using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Distress;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Forms;

/// <summary>What happened to a posted page of forms.</summary>
public enum PostOutcome
{
    /// <summary>Everything was saved.</summary>
    Saved,

    /// <summary>Some answers break a rule; nothing was saved and the page shows why.</summary>
    Invalid,

    /// <summary>The answers would not fit in the notebook; nothing was saved.</summary>
    TooLarge,

    /// <summary>Nothing can be saved just now (key ring); nothing was saved.</summary>
    Unavailable,

    /// <summary>The post's antiforgery token was stale or missing; nothing was saved.</summary>
    Rejected,

    /// <summary>The person asked for their answers (with what they just typed) as a file.</summary>
    Download,

    /// <summary>The page changed since it was opened (a form is gone); nothing was saved and its words are shown.</summary>
    PageChanged,
}

/// <summary>Where the person asked to go after saving.</summary>
public enum GoTo
{
    /// <summary>Back to the same page (a form's own Save button).</summary>
    Stay,
    Previous,
    Next,

    /// <summary>Finish the module (the last step's main button).</summary>
    Finish,
    Download,
}

/// <summary>The outcome of one post: immutable, for the page to render or redirect from.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Go">Where the person asked to go.</param>
/// <param name="FormId">The form whose own Save button was pressed, if any (where the page scrolls back to).</param>
/// <param name="States">What each form shows if the page is rendered again: the posted values, errors, status.</param>
/// <param name="Errors">Error summary entries: anchor to message.</param>
/// <param name="Concerns">What the saved answers suggested (empty almost always). Never logged or stored.</param>
/// <param name="File">The download, for <see cref="PostOutcome.Download"/>.</param>
public sealed record PostResult(
    PostOutcome Outcome,
    GoTo Go,
    string? FormId,
    ImmutableDictionary<string, FormState> States,
    ImmutableArray<KeyValuePair<string, string>> Errors,
    IReadOnlySet<DistressKind> Concerns,
    FileContentResult? File = null)
{
    /// <summary>For <see cref="PostOutcome.PageChanged"/>: what was written in forms the page no longer has.</summary>
    public ImmutableArray<string> Orphans { get; init; } = [];

    public bool Redirects => Outcome == PostOutcome.Saved && Concerns.Count == 0;
}

/// <summary>
/// Saves every form of a posted page (exercises, reflection, starting point, finish) in one go, into the person's
/// progress and notebook. Nothing typed is ever thrown away: whatever stops a save (a rule, no room, a stale page,
/// the key ring) brings the page back with the person's words in the boxes and a message.
/// </summary>
public sealed class FormPost(ProgressStore progress, ContentStore content, Pacing pacing, IStringLocalizer<Ui> text)
{
    /// <summary>Reads and, when it can, saves the page's forms.</summary>
    /// <param name="module">The module the page belongs to.</param>
    /// <param name="forms">The forms the page shows (the finish form included on a last step).</param>
    /// <param name="posted">The posted form.</param>
    /// <param name="tokenValid">Whether the antiforgery token was valid.</param>
    public PostResult Handle(Module module, IReadOnlyList<FormBlockPart> forms, IFormCollection posted, bool tokenValid)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(posted);
        var (go, pressed) = ReadGo(posted[FieldNames.Go].ToString(), forms);

        // Only forms the posted page showed: a page opened before an editor added a form must not clear it.
        var shown = posted[FieldNames.Forms].ToHashSet(StringComparer.Ordinal);
        var read = forms.Where(f => shown.Contains(f.Id))
            .Select(f => (Form: f, Result: AnswerValues.Read(f, name => posted[name], (key, args) => text[key, args])))
            .ToList();
        var values = read.ToImmutableDictionary(r => r.Form.Id, r => r.Result.Values, StringComparer.Ordinal);
        var errors = read.SelectMany(r => r.Form.Fields.Where(f => r.Result.Errors.ContainsKey(f.Id))
                .Select(f => KeyValuePair.Create(FieldNames.Anchor(r.Form, f), r.Result.Errors[f.Id])))
            .ToImmutableArray();
        var fieldErrors = read.ToDictionary(r => r.Form.Id, r => r.Result.Errors, StringComparer.Ordinal);

        PostResult Fail(PostOutcome outcome, string message, bool tooLarge = false) =>
            new(outcome, go, pressed, States(forms, values, fieldErrors, tooLarge), [KeyValuePair.Create(pressed is null && forms.Count == 0 ? "main" : FieldNames.TitleId(pressed ?? forms[0].Id), message)], new HashSet<DistressKind>());

        if (!tokenValid)
        {
            return Fail(PostOutcome.Rejected, text["Form.Rejected"]);
        }

        // Words posted for forms this page no longer has (an editor changed it while the page was open).
        var known = forms.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = posted.Keys
            .Where(key => key.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot && !known.Contains(key[..dot]))
            .SelectMany(key => posted[key].Select(v => v?.Trim() ?? ""))
            .Where(v => v.Length > 0)
            .ToImmutableArray();
        if (!orphans.IsEmpty)
        {
            return Fail(PostOutcome.PageChanged, text["Form.Unknown"]) with { Orphans = orphans };
        }

        var state = progress.Current;
        var answers = progress.Answers(module.Id);
        var nextState = state;
        foreach (var (form, (formValues, _)) in read)
        {
            if (form.Kind != FormKind.StartingPoint)
            {
                answers = answers.With(form.Id, formValues);
            }
            else if (form.Id == module.FinishForm.Id)
            {
                nextState = go == GoTo.Finish
                    ? nextState.WithFinished(module.Id, Rating(formValues), pacing.Today)
                    : nextState.WithRatingAfter(module.Id, Rating(formValues));
            }
            else
            {
                nextState = nextState.WithRatingBefore(module.Id, Rating(formValues));
            }
        }

        if (go == GoTo.Finish && !read.Any(r => r.Form.Id == module.FinishForm.Id))
        {
            nextState = nextState.WithFinished(module.Id, nextState.For(module.Id).RatingAfter, pacing.Today);
        }

        if (go == GoTo.Download)
        {
            var notebook = progress.Notebook().With(answers);
            var file = new AnswerDocument(content.Catalogue, nextState, notebook, text).ToFile(AnswerFormat.Text);
            return new PostResult(PostOutcome.Download, go, pressed, States(forms, values, fieldErrors, tooLarge: false), [], new HashSet<DistressKind>(), file);
        }

        if (!errors.IsEmpty)
        {
            return new PostResult(PostOutcome.Invalid, go, pressed, States(forms, values, fieldErrors, tooLarge: false), errors, new HashSet<DistressKind>());
        }

        switch (progress.Save(answers, nextState))
        {
            case SaveResult.TooLarge:
                return Fail(PostOutcome.TooLarge, text["Form.Full.Title"], tooLarge: true);
            case SaveResult.Unavailable:
                return Fail(PostOutcome.Unavailable, text["Form.Unavailable"]);
        }

        var concerns = content.Distress.Find(string.Join('\n', read.SelectMany(r => r.Result.Values.Values)));
        var saved = States(forms, values, fieldErrors, tooLarge: false)
            .ToImmutableDictionary(s => s.Key, s => s.Value with { Saved = s.Key == pressed || (pressed is null && values.ContainsKey(s.Key)) });
        return new PostResult(PostOutcome.Saved, go, pressed, saved, [], concerns);
    }

    /// <summary>What each form shows when a page is read: what was saved before.</summary>
    public ImmutableDictionary<string, FormState> Saved(Module module, IEnumerable<FormBlockPart> forms, string? justSaved)
    {
        ArgumentNullException.ThrowIfNull(module);
        var state = progress.Current.For(module.Id);
        var answers = forms.Any(f => f.Kind != FormKind.StartingPoint) ? progress.Answers(module.Id) : ModuleAnswers.Empty(module.Id);
        return forms.ToImmutableDictionary(
            form => form.Id,
            form =>
            {
                IReadOnlyDictionary<string, string> values = form.Kind == FormKind.StartingPoint
                    ? RatingValues(form, form.Id == module.FinishForm.Id ? state.RatingAfter : state.RatingBefore)
                    : answers.For(form.Id);
                return new FormState(values, new Dictionary<string, string>(), Saved: form.Id == justSaved);
            },
            StringComparer.Ordinal);
    }

    private static ImmutableDictionary<string, FormState> States(
        IReadOnlyList<FormBlockPart> forms,
        ImmutableDictionary<string, ImmutableSortedDictionary<string, string>> values,
        Dictionary<string, IReadOnlyDictionary<string, string>> errors,
        bool tooLarge) =>
        forms.Where(f => values.ContainsKey(f.Id)).ToImmutableDictionary(
            f => f.Id,
            f => new FormState(values[f.Id], errors.GetValueOrDefault(f.Id) ?? new Dictionary<string, string>(), TooLarge: tooLarge && f.Kind != FormKind.StartingPoint),
            StringComparer.Ordinal);

    /// <summary>The <c>go</c> button: <c>save:{form}</c> (a form's own Save), <c>previous</c>, <c>next</c>, <c>finish</c> or <c>download</c>.</summary>
    private static (GoTo Go, string? Form) ReadGo(string value, IReadOnlyList<FormBlockPart> forms)
    {
        if (value.StartsWith("save:", StringComparison.Ordinal))
        {
            var id = value["save:".Length..];
            return (GoTo.Stay, forms.Any(f => f.Id == id) ? id : null);
        }

        return value switch
        {
            "previous" => (GoTo.Previous, null),
            "next" => (GoTo.Next, null),
            "finish" => (GoTo.Finish, null),
            "download" => (GoTo.Download, null),
            _ => (GoTo.Stay, null),
        };
    }

    private static int Rating(ImmutableSortedDictionary<string, string> values) =>
        values.Values.Select(v => int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0).FirstOrDefault();

    private static Dictionary<string, string> RatingValues(FormBlockPart form, int rating) =>
        rating == 0 || form.Fields.IsEmpty
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [form.Fields[0].Id] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
