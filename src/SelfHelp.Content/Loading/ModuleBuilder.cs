using System.Collections.Immutable;
using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Extensions.FormBlocks;
using SelfHelp.Content.Extensions.ModuleLinks;
using SelfHelp.Content.Readability;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Loading;

/// <summary>
/// Builds a <see cref="Module"/> from its parsed source: steps with their ready-made HTML and forms, minutes and the
/// readability score, with the checks that need only that one module. Safe to use from several threads, one module each.
/// </summary>
internal sealed class ModuleBuilder(ContentLoaderOptions options, MarkdownPipeline pipeline)
{
    private readonly ContentLoaderOptions _options = options;
    private readonly MarkdownPipeline _pipeline = pipeline;

    /// <summary>Builds one module from its parsed source, reporting on the source's own problem list.</summary>
    public Module Build(ModuleSource source, LinkTargets targets, ReadingFormula? formula = ReadingFormula.FleschKincaid)
    {
        var fm = source.FrontMatter;
        var introduction = BuildParts(source, source.Introduction, targets, 0, out var introWords);
        var steps = ImmutableArray.CreateBuilder<Step>();
        var stepIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (step, index) in source.Steps.Select((s, i) => (s, i)))
        {
            var parts = BuildParts(source, step.Blocks, targets, index + 1, out var words);
            if (words > _options.LongStepWords)
            {
                source.Problems.Warning(step.Line, $"The step '{step.Title}' is {words} words long.", $"Keep steps under {_options.LongStepWords} words (a few minutes of reading): split it with another '## ' heading.");
            }

            var id = step.Id ?? Slug.From(step.Title);
            var unique = id;
            if (step.Id is not null && stepIds.Contains(id))
            {
                source.Problems.Error(step.Line, $"Two steps have the id '{{#{id}}}'.", "Give each step its own id: a translation uses the id of the matching step in the original.");
            }

            for (var n = 2; !stepIds.Add(unique); n++)
            {
                unique = $"{id}-{n}";
            }

            steps.Add(new Step(index + 1, unique, step.Title, EstimateMinutes(words, parts), parts));
        }

        CheckForms(source);
        var (readability, spread) = MeasureReadability(source, formula);
        var introMinutes = (int)Math.Ceiling(introWords / (double)_options.WordsPerMinute) + introduction.OfType<FormBlockPart>().Sum(f => f.Minutes);
        var minutes = fm.Minutes ?? Math.Max(1, steps.Sum(s => s.Minutes) + introMinutes);
        var module = new Module(fm.Id, fm.Title, fm.Summary, fm.Order, minutes, fm.Intensity, fm.Objectives, [.. fm.Aliases.Select(a => a.Value)], introduction, steps.ToImmutable(), source.Path)
        {
            Readability = readability,
            SentenceSpread = spread,
        };
        return module with { FinishForm = Module.BuildFinishForm(module) };
    }

    /// <summary>Measures the prose of the introduction and steps (with their headings) and checks it against the limits.</summary>
    /// <remarks>A language without a formula (<paramref name="formula"/> null) is measured but not held to the window: the folder gets one warning instead.</remarks>
    private (ReadabilityScore Score, SentenceSpread Spread) MeasureReadability(ModuleSource source, ReadingFormula? formula)
    {
        var units = ProseReader.Units(source.Introduction)
            .Concat(source.Steps.SelectMany(step => ProseReader.Units(step.Blocks).Prepend(step.Title)))
            .ToList();
        var score = ReadabilityScore.Measure(units, formula ?? ReadingFormula.FleschKincaid);
        var spread = SentenceSpread.Of(units);
        if (formula is null)
        {
            return (score, spread);
        }

        var grade = score.RoundedGrade;
        var name = ReadingMeasures.Name(formula.Value);
        if (grade < _options.ReadingGradeLowWarning && score.Words >= _options.ReadingGradeLowMinimumWords)
        {
            source.Problems.Warning(
                0,
                string.Create(CultureInfo.InvariantCulture, $"Reading grade {grade:0.0} ({name}) is below {_options.ReadingGradeLowWarning:0.#}: the text may read as choppy or patronising."),
                string.Create(CultureInfo.InvariantCulture, $"Aim for grade 5 to 7 (a reading age of 11 to 13). Where you explain something, join linked ideas into one longer sentence with words such as 'because', 'so', 'when' or 'which', and keep short sentences for steps and strong points. This module averages {score.WordsPerSentence:0.0} words a sentence; most of its sentences have {spread.Low} to {spread.High} words (median {spread.Median:0.#})."));
        }

        var limit = grade > _options.ReadingGradeError ? _options.ReadingGradeError : _options.ReadingGradeWarning;
        if (grade > limit)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"Reading grade {grade:0.0} ({name}) is above {limit:0.#}.");
            var hint = string.Create(CultureInfo.InvariantCulture, $"Aim for grade {_options.ReadingGradeWarning:0.#} or below: use shorter sentences (8 to 14 words) and shorter, everyday words, and split long sentences in two. This module averages {score.WordsPerSentence:0.0} words a sentence and {score.SyllablesPerWord:0.00} syllables a word ({score.Words} words, {score.Sentences} sentences). Only the introduction and steps are measured, not exercises.");
            if (grade > _options.ReadingGradeError)
            {
                source.Problems.Error(0, message, hint);
            }
            else
            {
                source.Problems.Warning(0, message, hint);
            }
        }

        return (score, spread);
    }

    private static void CheckForms(ModuleSource source)
    {
        var seen = new Dictionary<string, FormSource>(StringComparer.Ordinal);
        foreach (var form in source.Forms)
        {
            if (form.Part.Id == Module.FinishFormId)
            {
                source.Problems.Error(form.IdLine, $"The id '{Module.FinishFormId}' is kept for the form that finishes a module.", "Give this exercise another id, such as 'finishing-line'.");
            }

            if (seen.TryAdd(form.Part.Id, form))
            {
                continue;
            }

            var (message, hint) = form.Part.Kind switch
            {
                FormKind.StartingPoint => ("The module has more than one starting point.", "A module has at most one ':::starting-point', before its first step."),
                FormKind.Reflection => ("The module has more than one reflection.", "A module has at most one ':::reflection', usually on its last step."),
                _ => ($"Two exercises in this module have the id '{form.Part.Id}'.", "Give each exercise its own id; answers are saved under it."),
            };
            source.Problems.Error(form.IdLine, message, hint);
        }

        if (!source.Document.Descendants<FormBlock>().Any(f => f.Info == "exercise"))
        {
            source.Problems.Warning(0, "The module has no exercise.", "Every module should have at least one ':::exercise' block.");
        }
    }

    private int EstimateMinutes(int words, ImmutableArray<ContentPart> parts) =>
        Math.Max(1, (int)Math.Ceiling(words / (double)_options.WordsPerMinute) + parts.OfType<FormBlockPart>().Sum(f => f.Minutes));

    private ImmutableArray<ContentPart> BuildParts(ModuleSource source, List<Block> blocks, LinkTargets targets, int stepNumber, out int words)
    {
        var parts = ImmutableArray.CreateBuilder<ContentPart>();
        var pending = new List<Block>();
        words = 0;
        foreach (var block in blocks)
        {
            if (block is FormBlock form)
            {
                Flush();

                // An unclosed block runs to the end of the file; its YAML would only add confusing errors.
                if (form.IsClosed && FormReader.Read(form.Info ?? "", form.Lines.ToString(), form.Line + 2, source.Problems, RenderIntro) is { } read)
                {
                    var part = read.Part with { ModuleId = source.FrontMatter.Id, StepNumber = stepNumber };
                    source.Forms.Add(read with { Part = part });
                    parts.Add(part);
                }
            }
            else
            {
                words += CountWords(block);
                pending.Add(block);
            }
        }

        Flush();
        return parts.ToImmutable();

        void Flush()
        {
            if (pending.Count > 0)
            {
                parts.Add(new HtmlPart(Render(pending, source.Problems, null)));
                pending.Clear();
            }
        }

        string RenderIntro(string markdown, int line)
        {
            MarkdownDocument document;
            try
            {
                document = Markdown.Parse(markdown, _pipeline);
            }
            catch (ArgumentException)
            {
                source.Problems.Error(line, "The intro has too many levels of lists, quotes or brackets inside each other to be read.", "Keep the intro to a few plain sentences.");
                return "";
            }

            LinkRewriter.Rewrite(document, source.Problems, targets, _options.ModuleUrl, fixedLine: line);
            return Render([.. document], source.Problems, line);
        }
    }

    /// <summary>Renders blocks to HTML; reports blocks nested too deeply to render on their line (or <paramref name="atLine"/>).</summary>
    private string Render(IReadOnlyList<Block> blocks, ProblemList problems, int? atLine)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        foreach (var block in blocks)
        {
            // Headings are written one level up by HeadingDemotionExtension, part of the pipeline.
            try
            {
                renderer.Render(block);
            }
            catch (ArgumentException)
            {
                // Markdig stops at its depth limit rather than run out of stack.
                problems.Error(atLine ?? block.Line + 1, "This text has too many levels of emphasis, links or lists inside each other to be shown.", "Simplify it: use '*' and '**' in pairs, and at most a few levels of lists.");
            }
        }

        writer.Flush();
        return writer.ToString();
    }

    private static int CountWords(Block block)
    {
        var count = 0;
        var inlines = block is LeafBlock { Inline: { } inline } ? inline.Descendants<LiteralInline>() : block.Descendants<LiteralInline>();
        foreach (var literal in inlines)
        {
            var text = literal.Content.AsSpan();
            var inWord = false;
            foreach (var c in text)
            {
                var letter = char.IsLetterOrDigit(c);
                if (letter && !inWord)
                {
                    count++;
                }

                inWord = letter || (inWord && c is '\'' or '’' or '-');
            }
        }

        return count;
    }
}
