using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Distress;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Forms;

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
            new(outcome, go, pressed, States(forms, values, fieldErrors, tooLarge), [KeyValuePair.Create(pressed is null && forms.Count == 0 ? "main" : FieldNames.TitleId(pressed ?? forms[0].Id), message)], DistressResult.None);

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
            return new PostResult(PostOutcome.Download, go, pressed, States(forms, values, fieldErrors, tooLarge: false), [], DistressResult.None, file);
        }

        if (!errors.IsEmpty)
        {
            return new PostResult(PostOutcome.Invalid, go, pressed, States(forms, values, fieldErrors, tooLarge: false), errors, DistressResult.None);
        }

        switch (progress.Save(answers, nextState))
        {
            case SaveResult.TooLarge:
                return Fail(PostOutcome.TooLarge, text["Form.Full.Title"], tooLarge: true);
            case SaveResult.Unavailable:
                return Fail(PostOutcome.Unavailable, text["Form.Unavailable"]);
        }

        // Every block of the page, answers and ratings alike (a rating can bring support too: support-at in content).
        var concern = read.Aggregate(DistressResult.None, (found, r) => found.With(content.Distress.Check(r.Form, r.Result.Values)));
        var saved = States(forms, values, fieldErrors, tooLarge: false)
            .ToImmutableDictionary(s => s.Key, s => s.Value with { Saved = s.Key == pressed || (pressed is null && values.ContainsKey(s.Key)) });
        return new PostResult(PostOutcome.Saved, go, pressed, saved, [], concern);
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
