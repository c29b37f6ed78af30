using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Benchmarks;

/// <summary>
/// The whole programme done by someone who writes fully: every step read, every module finished with ratings,
/// 100 words of natural prose (consecutive passages of the modules' own text, never repeated) in every text box,
/// and a line of 15 words in every list line.
/// </summary>
public static partial class FullNotebook
{
    /// <summary>Words of prose written in text boxes and list lines.</summary>
    public static int WordsWritten(ContentCatalogue catalogue) =>
        catalogue.Modules.SelectMany(m => m.Forms).Where(f => f.Kind != FormKind.StartingPoint).SelectMany(f => f.Fields)
            .Sum(f => f.Kind == FieldKind.Text ? 100 : f.Kind == FieldKind.List ? 15 * f.Items : 0);

    public static (ProgressState State, Notebook Notebook) Build(ContentCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var words = Words(catalogue);
        var next = 0;
        string Passage(int count)
        {
            var start = next % Math.Max(1, words.Length - count);
            next += count;
            return string.Join(' ', words.Skip(start).Take(count));
        }

        var state = ProgressState.Empty;
        var notebook = Notebook.Empty;
        foreach (var module in catalogue.Modules)
        {
            foreach (var step in module.Steps)
            {
                state = state.WithStepRead(module.Id, step);
            }

            state = state.WithRatingBefore(module.Id, 3).WithCompleted(module.Id, 7);
            var answers = ModuleAnswers.Empty(module.Id);
            foreach (var form in module.Forms.Where(f => f.Kind != FormKind.StartingPoint))
            {
                var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                foreach (var field in form.Fields)
                {
                    values[field.Id] = field.Kind switch
                    {
                        FieldKind.Text => Passage(100),
                        FieldKind.List => string.Join(AnswerValues.ItemSeparator, Enumerable.Range(0, field.Items).Select(_ => Passage(15))),
                        FieldKind.Scale => "6",
                        _ => "0,1",
                    };
                }

                answers = answers.With(form.Id, values.ToImmutable());
            }

            notebook = notebook.With(answers);
        }

        return (state, notebook);
    }

    private static string[] Words(ContentCatalogue catalogue) =>
        [.. catalogue.Modules
            .SelectMany(m => m.Steps)
            .SelectMany(s => s.Parts.OfType<HtmlPart>())
            .Select(p => Tags().Replace(System.Net.WebUtility.HtmlDecode(p.Html), " "))
            .SelectMany(t => t.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))];

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
