using System.Collections.Immutable;
using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Distress;
using SelfHelp.Content.Extensions.Callouts;
using SelfHelp.Content.Extensions.FormBlocks;
using SelfHelp.Content.Extensions.ModuleLinks;
using SelfHelp.Content.Guide;
using SelfHelp.Content.Helplines;
using SelfHelp.Content.Readability;
using SelfHelp.Content.Retired;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Loading;

/// <summary>
/// Turns a language folder (<c>content/en</c>) into a <see cref="ContentCatalogue"/>, checking every rule on the way.
/// One instance holds one Markdown pipeline, built once and reused; it is safe to call from several threads.
/// </summary>
public sealed class ContentLoader
{
    /// <summary>The folder inside a language folder that holds one Markdown file per module.</summary>
    public const string ModulesFolder = "modules";

    // Far above any real module, low enough that a pathological file cannot stall a load for minutes.
    private const long MaxFileBytes = 2_000_000;

    private readonly ContentLoaderOptions _options;
    private readonly MarkdownPipeline _pipeline;
    private readonly ModuleParser _parser;

    /// <summary>Creates a loader.</summary>
    public ContentLoader(ContentLoaderOptions? options = null)
    {
        _options = options ?? new ContentLoaderOptions();
        _pipeline = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePreciseSourceLocation()
            .DisableHtml()
            .Use(new FormBlockExtension())
            .Use(new CalloutExtension(_options.CalloutTitles, _options.CalloutNotes))
            .Build();
        _parser = new ModuleParser(_pipeline, _options.CalloutTitles);
    }

    /// <summary>
    /// Loads everything a site needs from <paramref name="languageFolder"/>: the modules, <c>helplines.yml</c>,
    /// <c>distress.yml</c> and the optional <c>retired-codes.yml</c>, <c>start.yml</c> and <c>feedback.yml</c>, with the
    /// problems of all.
    /// </summary>
    public ContentLoadResult LoadSite(string languageFolder)
    {
        var modules = Load(languageFolder);
        var (helplines, helplineProblems) = HelplineLoader.Load(languageFolder, _options.Today());
        var (distress, distressProblems) = DistressLoader.Load(languageFolder);
        var (retired, retiredProblems) = RetiredCodeLoader.Load(languageFolder, modules.Catalogue);
        var (guide, guideProblems) = StartGuideLoader.Load(languageFolder, modules.Catalogue);
        var (feedback, feedbackProblems) = Feedback.FeedbackLoader.Load(languageFolder);
        var problems = modules.Problems.Concat(helplineProblems).Concat(distressProblems).Concat(retiredProblems).Concat(guideProblems).Concat(feedbackProblems)
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToImmutableArray();
        return modules with { Problems = problems, Helplines = helplines, Distress = distress, RetiredCodes = retired, StartGuide = guide, Feedback = feedback };
    }

    /// <summary>Loads and checks every module in <paramref name="languageFolder"/>. Never throws for anything in the files.</summary>
    public ContentLoadResult Load(string languageFolder)
    {
        ArgumentNullException.ThrowIfNull(languageFolder);
        var root = Path.GetFullPath(languageFolder).TrimEnd(Path.DirectorySeparatorChar);
        var language = Path.GetFileName(root);
        var parent = Path.GetDirectoryName(root) ?? root;
        var folderProblems = new ProblemList(language);
        var modulesFolder = Path.Combine(root, ModulesFolder);
        if (!Directory.Exists(modulesFolder))
        {
            folderProblems.Error(0, $"There is no '{ModulesFolder}' folder in '{languageFolder}'.", $"Put one Markdown file per module in {Path.Combine(languageFolder, ModulesFolder)}.");
            return new ContentLoadResult(ContentCatalogue.Empty(language), [.. folderProblems.Items]);
        }

        var sources = new List<ModuleSource>();
        var lists = new List<ProblemList> { folderProblems };
        var files = Directory.EnumerateFiles(modulesFolder)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!files.Any(f => f.EndsWith(".md", StringComparison.Ordinal)))
        {
            folderProblems.Error(0, $"There are no modules in '{Path.Combine(languageFolder, ModulesFolder)}'.", "Write one Markdown file per module, named like '01-getting-started.md'.");
        }

        // Each file is read and parsed on its own (with its own problem list), so files are parsed in parallel; the
        // results are put back in file order, so problems and modules come out the same on every load.
        var fileProblems = files.Select(file => new ProblemList(Path.GetRelativePath(parent, file))).ToArray();
        lists.AddRange(fileProblems);
        var parsed = new ModuleSource?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (file, problems) = (files[i], fileProblems[i]);
            if (!file.EndsWith(".md", StringComparison.Ordinal))
            {
                problems.Warning(0, "This file is ignored: only '.md' files are modules.", "Rename it to end in '.md', or move it out of the modules folder.");
                return;
            }

            if (Read(file, problems) is { } text)
            {
                parsed[i] = Guard(problems, () => _parser.Parse(text, problems.Path, problems));
            }
        });
        sources.AddRange(parsed.OfType<ModuleSource>());

        CheckAcrossModules(sources);
        var targets = new LinkTargets(
            sources.GroupBy(s => s.FrontMatter.Id).ToDictionary(g => g.Key, g => g.First().Steps.Count, StringComparer.Ordinal),
            sources.SelectMany(s => s.FrontMatter.Aliases.Select(a => (Alias: a.Value, s.FrontMatter.Id))).DistinctBy(x => x.Alias).ToDictionary(x => x.Alias, x => x.Id, StringComparer.Ordinal));

        // Building a module reads only its own source and the shared, read-only link targets: also done in parallel.
        var built = new Module?[sources.Count];
        Parallel.For(0, sources.Count, i =>
        {
            var source = sources[i];
            built[i] = Guard(source.Problems, () =>
            {
                LinkRewriter.Rewrite(source.Document, source.Problems, targets, _options.ModuleUrl);
                return Build(source, targets);
            });
        });
        var modules = sources.Zip(built).Where(x => x.Second is not null).Select(x => (Module: x.Second!, Source: x.First)).ToList();

        CheckCodes(sources);
        var accepted = modules.Where(m => m.Source.Problems.ErrorCount == 0).Select(m => m.Module);
        var all = lists.SelectMany(l => l.Items).OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToImmutableArray();
        var readability = modules
            .Select(m => new ModuleReadability(m.Module.Id, m.Module.Order, m.Module.SourcePath, m.Module.Readability, m.Source.Problems.ErrorCount == 0) { Spread = m.Module.SentenceSpread })
            .OrderBy(r => r.Order).ThenBy(r => r.ModuleId, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ContentLoadResult(new ContentCatalogue(language, accepted), all) { Readability = readability };
    }

    /// <summary>
    /// The last line of defence for "loading never throws": the parsers guard against every input found so far, but
    /// a new kind of odd file must become an error on that file, not a site that will not start.
    /// </summary>
    private static T? Guard<T>(ProblemList problems, Func<T?> work)
        where T : class
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Error(0, $"The file could not be processed ({ex.GetType().Name}: {ex.Message}).", "This is a fault in the site as well as in the file: tell the developers, and undo or simplify your last change to the file.");
            return null;
        }
    }

    private static string? Read(string file, ProblemList problems)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxFileBytes)
            {
                problems.Error(0, $"The file is {length / 1_000_000.0:0.#} MB; a module file can be at most {MaxFileBytes / 1_000_000} MB.", "A module is a few thousand words (well under 100 KB). Check that this is the right file, or split the module.");
                return null;
            }

            return File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Error(0, $"The file could not be read: {ex.Message}", "Check that the file exists and can be read.");
            return null;
        }
    }

    private static void CheckAcrossModules(List<ModuleSource> sources)
    {
        var owners = new Dictionary<string, ModuleSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var id = source.FrontMatter.Id;
            if (owners.TryGetValue(id, out var first))
            {
                source.Problems.Error(source.FrontMatter.IdLine, $"The id '{id}' is already used by {first.Path}.", "Every module needs its own id. If this is a copy of that module, give it a new id.");
            }
            else
            {
                owners[id] = source;
            }
        }

        var aliasOwners = new Dictionary<string, ModuleSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var (alias, line) in source.FrontMatter.Aliases)
            {
                if (alias == source.FrontMatter.Id)
                {
                    source.Problems.Error(line, $"The alias '{alias}' is this module's own id.", "An alias is an old id that the module used before; remove this one.");
                }
                else if (owners.TryGetValue(alias, out var owner))
                {
                    source.Problems.Error(line, $"The alias '{alias}' is the id of {owner.Path}.", "An alias is an old id that no module uses any more; remove it from the aliases.");
                }
                else if (!aliasOwners.TryAdd(alias, source))
                {
                    source.Problems.Error(line, $"The alias '{alias}' is also an alias of {aliasOwners[alias].Path}.", "An old id can lead to only one module; remove it from one of them.");
                }
            }
        }

        foreach (var group in sources.GroupBy(s => s.FrontMatter.Order).Where(g => g.Count() > 1))
        {
            foreach (var source in group.Skip(1))
            {
                source.Problems.Warning(source.FrontMatter.OrderLine, $"Order {group.Key} is also used by {group.First().Path}.", "Give each module its own 'order' so the programme has a clear sequence.");
            }
        }
    }

    /// <summary>Exercise codes must differ across the whole programme as people read them out: "7.2" and "7-2" are the same code.</summary>
    private static void CheckCodes(List<ModuleSource> sources)
    {
        var seen = new Dictionary<string, (ModuleSource Source, FormBlockPart Form)>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var form in source.Forms.Where(f => f.Part.Code is not null))
            {
                var code = form.Part.Code!;
                if (seen.TryGetValue(ExerciseCode.Normalize(code), out var first))
                {
                    var where = first.Source == source ? "this module" : first.Source.Path;
                    var same = first.Form.Code == code ? "" : " when read out";
                    source.Problems.Error(form.CodeLine, $"The exercise code '{code}' ({form.Part.Id}) is the same as '{first.Form.Code}' ({first.Form.Id}) in {where}{same}.", "Codes are compared ignoring case, spaces, dots and dashes. Give this exercise a different code; never change a code once it is published.");
                }
                else
                {
                    seen[ExerciseCode.Normalize(code)] = (source, form.Part);
                }
            }
        }
    }

    private Module Build(ModuleSource source, LinkTargets targets)
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

            var id = Slug.From(step.Title);
            var unique = id;
            for (var n = 2; !stepIds.Add(unique); n++)
            {
                unique = $"{id}-{n}";
            }

            steps.Add(new Step(index + 1, unique, step.Title, EstimateMinutes(words, parts), parts));
        }

        CheckForms(source);
        var (readability, spread) = MeasureReadability(source);
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
    private (ReadabilityScore Score, SentenceSpread Spread) MeasureReadability(ModuleSource source)
    {
        var units = ProseReader.Units(source.Introduction)
            .Concat(source.Steps.SelectMany(step => ProseReader.Units(step.Blocks).Prepend(step.Title)))
            .ToList();
        var score = ReadabilityScore.Measure(units);
        var spread = SentenceSpread.Of(units);
        var grade = score.RoundedGrade;
        if (grade < _options.ReadingGradeLowWarning && score.Words >= _options.ReadingGradeLowMinimumWords)
        {
            source.Problems.Warning(
                0,
                string.Create(CultureInfo.InvariantCulture, $"Reading grade {grade:0.0} (Flesch–Kincaid) is below {_options.ReadingGradeLowWarning:0.#}: the text may read as choppy or patronising."),
                string.Create(CultureInfo.InvariantCulture, $"Aim for grade 5 to 7 (a reading age of 11 to 13). Where you explain something, join linked ideas into one longer sentence with words such as 'because', 'so', 'when' or 'which', and keep short sentences for steps and strong points. This module averages {score.WordsPerSentence:0.0} words a sentence; most of its sentences have {spread.Low} to {spread.High} words (median {spread.Median:0.#})."));
        }

        var limit = grade > _options.ReadingGradeError ? _options.ReadingGradeError : _options.ReadingGradeWarning;
        if (grade > limit)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"Reading grade {grade:0.0} (Flesch–Kincaid) is above {limit:0.#}.");
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
            // Steps are shown under the page's own h1, so '###' in Markdown becomes h2 on the page.
            var headings = block is HeadingBlock h ? [h] : block.Descendants<HeadingBlock>();
            foreach (var heading in headings.Where(x => x.Level >= 3))
            {
                heading.Level--;
            }

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
