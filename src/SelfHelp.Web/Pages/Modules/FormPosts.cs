using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Distress;
using SelfHelp.Web.Components;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Pages.MyAnswers;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Modules;

/// <summary>What happened to a posted form.</summary>
public enum PostOutcome
{
    Saved,

    /// <summary>Saved, and an answer suggests the person may be in danger: the page shows support at once.</summary>
    SavedWithConcern,
    Invalid,
    TooLarge,
    Download,
    UnknownForm,
}

/// <summary>
/// Saves a posted exercise, reflection, starting point or finish form into the progress cookie. Nothing typed is
/// ever thrown away: invalid or oversized answers come back to the page with a message, and can be downloaded.
/// </summary>
public sealed class FormPosts(ProgressStore progress, ContentStore content, Pacing pacing, IStringLocalizer<Ui> text)
{
    public const string FinishFormId = "finish";

    public PostOutcome Outcome { get; private set; }

    public string FormId { get; private set; } = "";

    public Dictionary<string, FormState> States { get; } = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, string>> Errors { get; } = [];

    public FileContentResult? File { get; private set; }

    /// <summary>What a just-saved answer suggested; empty almost always. Never logged or stored.</summary>
    public DistressResult Concern { get; private set; } = DistressResult.None;

    /// <summary>The starting point's field as the finish form asks it again.</summary>
    public static FormBlockPart FinishForm(Module module) =>
        new(FormKind.StartingPoint, FinishFormId, null, "", null, 1, module.StartingPoint?.Fields ?? []);

    public PostOutcome Handle(Module module, IReadOnlyList<FormBlockPart> forms, IFormCollection posted)
    {
        var catalogue = content.Catalogue;
        FormId = posted["form"].ToString();
        var form = forms.FirstOrDefault(f => f.Id == FormId);
        if (form is null)
        {
            Errors.Add(new("main", text["Form.Unknown"]));
            return Outcome = PostOutcome.UnknownForm;
        }

        var (values, errors) = AnswerValues.Read(form, name => posted[name], (key, args) => text[key, args]);
        var state = progress.Current;
        var next = form.Kind switch
        {
            FormKind.StartingPoint when form.Id == FinishFormId => state.WithFinished(module.Id, Rating(values), pacing.Today),
            FormKind.StartingPoint => state.WithRatingBefore(module.Id, Rating(values)),
            _ => state.WithAnswers(module.Id, form.Id, values),
        };

        if (posted["action"] == "download")
        {
            var document = new AnswerDocument(catalogue, next, text);
            File = document.ToFile(AnswerFormat.Text);
            return Outcome = PostOutcome.Download;
        }

        if (errors.Count > 0)
        {
            States[form.Id] = new FormState(values, errors);
            Errors.AddRange(form.Fields.Where(f => errors.ContainsKey(f.Id)).Select(f => KeyValuePair.Create(FormBlockView.FieldAnchor(form, f), errors[f.Id])));
            return Outcome = PostOutcome.Invalid;
        }

        if (progress.Save(next, form.Kind == FormKind.StartingPoint ? null : progress.AnswerBudget) == SaveResult.TooLarge)
        {
            States[form.Id] = new FormState(values, new Dictionary<string, string>(), TooLarge: true);
            Errors.Add(new($"f-{form.Id}-title", text["Form.Full.Title"]));
            return Outcome = PostOutcome.TooLarge;
        }

        Concern = content.Distress.Check(form, values);
        if (!Concern.IsEmpty)
        {
            States[form.Id] = new FormState(values, new Dictionary<string, string>(), Saved: true);
            return Outcome = PostOutcome.SavedWithConcern;
        }

        return Outcome = PostOutcome.Saved;
    }

    /// <summary>What each form shows after a post that did not redirect: the saved values, with the posted form's own.</summary>
    public Dictionary<string, FormState> StatesAfterPost(Module module, IEnumerable<FormBlockPart> forms)
    {
        var states = Saved(module, forms, progress.Current, null);
        foreach (var (form, state) in States)
        {
            states[form] = state;
        }

        return states;
    }

    /// <summary>The values each form shows when the page is read: what was saved before.</summary>
    public static Dictionary<string, FormState> Saved(Module module, IEnumerable<FormBlockPart> forms, ProgressState state, string? justSaved)
    {
        var progress = state.For(module.Id);
        var result = new Dictionary<string, FormState>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            IReadOnlyDictionary<string, string> values = form.Kind == FormKind.StartingPoint
                ? RatingValues(form, form.Id == FinishFormId ? progress.RatingAfter : progress.RatingBefore)
                : progress.Answers.GetValueOrDefault(form.Id) ?? ImmutableSortedDictionary<string, string>.Empty;
            result[form.Id] = new FormState(values, new Dictionary<string, string>(), Saved: form.Id == justSaved);
        }

        return result;
    }

    private static int Rating(ImmutableSortedDictionary<string, string> values) =>
        values.Values.Select(v => int.TryParse(v, out var n) ? n : 0).FirstOrDefault();

    private static Dictionary<string, string> RatingValues(FormBlockPart form, int rating) =>
        rating == 0 || form.Fields.IsEmpty
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [form.Fields[0].Id] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
