using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Forms;

/// <summary>
/// Everything a person wrote, by module, in programme order: for the "My answers" page and its downloads.
/// Answers to exercises that editors have since removed are kept, under their stored ids, so nothing is lost.
/// </summary>
public sealed class AnswerDocument
{
    private readonly IStringLocalizer<Ui> _text;

    public AnswerDocument(ContentCatalogue catalogue, ProgressState state, Notebook notebook, IStringLocalizer<Ui> text)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(notebook);
        _text = text;
        var modules = new List<ModuleSection>();
        foreach (var module in catalogue.Modules)
        {
            var progress = state.For(module.Id);
            var answers = notebook.For(module.Id);
            var forms = module.Forms
                .Where(f => answers.Forms.ContainsKey(f.Id))
                .Select(f => new FormAnswers(FormTitle(f), Fields(f, answers.Forms[f.Id])))
                .Concat(Orphans(answers, module.Forms.Select(f => f.Id)))
                .ToList();
            if (forms.Count > 0 || progress.RatingBefore > 0 || progress.RatingAfter > 0)
            {
                modules.Add(new ModuleSection(module.Title, progress.RatingBefore, progress.RatingAfter, forms));
            }
        }

        // Answers to modules that editors have since removed: kept under the id they were saved with.
        foreach (var (id, answers) in notebook.Modules.Where(m => catalogue.FindModule(m.Key) is null))
        {
            var forms = Orphans(answers, []).ToList();
            if (forms.Count > 0)
            {
                var progress = state.For(id);
                modules.Add(new ModuleSection(id, progress.RatingBefore, progress.RatingAfter, forms));
            }
        }

        Modules = modules;
    }

    public IReadOnlyList<ModuleSection> Modules { get; }

    public string Render(AnswerFormat format)
    {
        var markdown = format == AnswerFormat.Markdown;
        var builder = new StringBuilder();
        builder.Append(markdown ? "# " : "").AppendLine(_text["Answers.Title"]);
        builder.AppendLine().AppendLine(_text["Answers.FileNote"]).AppendLine();
        if (Modules.Count == 0)
        {
            builder.AppendLine(_text["Answers.None"]);
        }

        foreach (var module in Modules)
        {
            builder.AppendLine(markdown ? $"## {module.Title}" : $"{module.Title}\n{new string('=', module.Title.Length)}").AppendLine();
            if (module.RatingBefore > 0)
            {
                builder.AppendLine(_text["Answers.RatingBefore", module.RatingBefore]).AppendLine();
            }

            if (module.RatingAfter > 0)
            {
                builder.AppendLine(_text["Answers.RatingAfter", module.RatingAfter]).AppendLine();
            }

            foreach (var form in module.Forms)
            {
                builder.AppendLine(markdown ? $"### {form.Title}" : $"{form.Title}\n{new string('-', form.Title.Length)}").AppendLine();
                foreach (var field in form.Fields)
                {
                    builder.AppendLine(markdown ? $"**{field.Question}**" : field.Question);
                    foreach (var line in field.Lines)
                    {
                        builder.AppendLine(field.IsList ? $"- {line}" : line);
                    }

                    builder.AppendLine();
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>The document as a download. The page that returns it must not be stored by the browser (no-store).</summary>
    public FileContentResult ToFile(AnswerFormat format) =>
        new(Encoding.UTF8.GetBytes(Render(format)), format == AnswerFormat.Markdown ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8")
        {
            FileDownloadName = format == AnswerFormat.Markdown ? "my-answers.md" : "my-answers.txt",
        };

    private string FormTitle(FormBlockPart form) => form.Kind switch
    {
        FormKind.Reflection => string.IsNullOrEmpty(form.Title) ? _text["Form.Reflection.Title"] : form.Title,
        FormKind.StartingPoint => _text["Form.StartingPoint.Title"],
        _ => _text["Form.Exercise.Title", form.Code ?? "", form.Title],
    };

    private List<FieldAnswer> Fields(FormBlockPart form, System.Collections.Immutable.ImmutableSortedDictionary<string, string> values)
    {
        var fields = new List<FieldAnswer>();
        foreach (var field in form.Fields.Where(f => values.ContainsKey(f.Id)))
        {
            var value = values[field.Id];
            IReadOnlyList<string> lines = field.Kind switch
            {
                FieldKind.Scale => [_text["Answers.Scale", value]],
                FieldKind.Checklist => AnswerValues.Ticked(value).Where(i => i < field.Options.Length).Order().Select(i => field.Options[i]).ToList(),
                FieldKind.List => AnswerValues.Items(value).Where(i => i.Length > 0).ToList(),
                _ => value.Split('\n'),
            };
            fields.Add(new FieldAnswer(field.Label, lines, field.Kind is FieldKind.Checklist or FieldKind.List));
        }

        foreach (var (id, value) in values.Where(v => form.Fields.All(f => f.Id != v.Key)))
        {
            fields.Add(new FieldAnswer(id, AnswerValues.Items(value).SelectMany(v => v.Split('\n')).ToList()));
        }

        return fields;
    }

    private static IEnumerable<FormAnswers> Orphans(ModuleAnswers answers, IEnumerable<string> known)
    {
        var ids = known.ToHashSet(StringComparer.Ordinal);
        return answers.Forms
            .Where(a => !ids.Contains(a.Key))
            .Select(a => new FormAnswers(a.Key, a.Value.Select(v => new FieldAnswer(v.Key, AnswerValues.Items(v.Value).SelectMany(x => x.Split('\n')).ToList())).ToList()));
    }
}
