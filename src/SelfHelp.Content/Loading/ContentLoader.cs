using System.Collections.Immutable;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Extensions.Callouts;
using SelfHelp.Content.Extensions.FormBlocks;
using SelfHelp.Content.Extensions.ModuleLinks;
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

    private readonly ContentLoaderOptions _options;
    private readonly MarkdownPipeline _pipeline;
    private readonly ModuleParser _parser;

    /// <summary>Creates a loader.</summary>
    public ContentLoader(ContentLoaderOptions? options = null)
    {
        _options = options ?? new ContentLoaderOptions();
        _pipeline = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .DisableHtml()
            .Use(new FormBlockExtension())
            .Use(new CalloutExtension(_options.CalloutTitles))
            .Build();
        _parser = new ModuleParser(_pipeline, _options.CalloutTitles);
    }

    /// <summary>Loads and checks every module in <paramref name="languageFolder"/>.</summary>
    public ContentLoadResult Load(string languageFolder)
    {
        ArgumentNullException.ThrowIfNull(languageFolder);
        var root = Path.GetFullPath(languageFolder);
        var language = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        var folderProblems = new ProblemList(languageFolder);
        var modulesFolder = Path.Combine(root, ModulesFolder);
        if (!Directory.Exists(modulesFolder))
        {
            folderProblems.Error(0, $"There is no '{ModulesFolder}' folder in '{languageFolder}'.", $"Put one Markdown file per module in {Path.Combine(languageFolder, ModulesFolder)}.");
            return new ContentLoadResult(ContentCatalogue.Empty(language), [.. folderProblems.Items]);
        }

        var sources = new List<ModuleSource>();
        var lists = new List<ProblemList> { folderProblems };
        foreach (var file in Directory.EnumerateFiles(modulesFolder).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Path.GetDirectoryName(root) ?? root, file);
            var problems = new ProblemList(relative);
            lists.Add(problems);
            if (!file.EndsWith(".md", StringComparison.Ordinal))
            {
                problems.Warning(0, "This file is ignored: only '.md' files are modules.", "Rename it to end in '.md', or move it out of the modules folder.");
                continue;
            }

            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (IOException ex)
            {
                problems.Error(0, $"The file could not be read: {ex.Message}", "Check that the file exists and can be read.");
                continue;
            }

            if (_parser.Parse(text, relative, problems) is { } source)
            {
                sources.Add(source);
            }
        }

        CheckAcrossModules(sources);
        var targets = new LinkTargets(
            sources.GroupBy(s => s.FrontMatter.Id).ToDictionary(g => g.Key, g => g.First().Steps.Count, StringComparer.Ordinal),
            sources.SelectMany(s => s.FrontMatter.Aliases.Select(a => (a, s.FrontMatter.Id))).DistinctBy(x => x.a).ToDictionary(x => x.a, x => x.Id, StringComparer.Ordinal));

        var modules = new List<Module>();
        foreach (var source in sources)
        {
            var errorsBefore = source.Problems.ErrorCount;
            LinkRewriter.Rewrite(source.Document, source.Problems, targets, _options.ModuleUrl);
            var module = Build(source);
            if (source.Problems.ErrorCount == 0 && errorsBefore == 0)
            {
                modules.Add(module);
            }
        }

        var codeProblems = CheckCodes(modules, lists);
        var accepted = modules.Where(m => !codeProblems.Contains(m.Id)).ToList();
        var all = lists.SelectMany(l => l.Items).OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToImmutableArray();
        return new ContentLoadResult(new ContentCatalogue(language, accepted), all);
    }

    private static void CheckAcrossModules(List<ModuleSource> sources)
    {
        var owners = new Dictionary<string, ModuleSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var id = source.FrontMatter.Id;
            if (owners.TryGetValue(id, out var first))
            {
                source.Problems.Error(source.FrontMatter.IdLine, $"The id '{id}' is already used by {first.Path}.", "Every module needs its own id.");
            }
            else
            {
                owners[id] = source;
            }
        }

        foreach (var source in sources)
        {
            foreach (var alias in source.FrontMatter.Aliases)
            {
                if (owners.TryGetValue(alias, out var owner))
                {
                    source.Problems.Error(source.FrontMatter.AliasesLine, $"The alias '{alias}' is the id of {owner.Path}.", "An alias is an old id that no module uses any more; remove it from the aliases.");
                }
                else
                {
                    owners[alias] = source;
                }
            }
        }

        var orders = sources.GroupBy(s => s.FrontMatter.Order).Where(g => g.Count() > 1);
        foreach (var group in orders)
        {
            foreach (var source in group.Skip(1))
            {
                source.Problems.Warning(1, $"Order {group.Key} is also used by {group.First().Path}.", "Give each module its own 'order' so the programme has a clear sequence.");
            }
        }
    }

    private static HashSet<string> CheckCodes(List<Module> modules, List<ProblemList> lists)
    {
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, (Module Module, FormBlockPart Form)>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            foreach (var form in module.Forms.Where(f => f.Code is not null))
            {
                var key = ExerciseCode.Normalize(form.Code!);
                if (seen.TryGetValue(key, out var first))
                {
                    var problems = lists.First(l => l.Path == module.SourcePath);
                    problems.Error(0, $"The exercise code '{form.Code}' ({form.Id}) is the same as '{first.Form.Code}' in {first.Module.SourcePath} when read out.", "Codes are compared ignoring case, spaces, dots and dashes. Give this exercise a different code.");
                    rejected.Add(module.Id);
                }
                else
                {
                    seen[key] = (module, form);
                }
            }
        }

        return rejected;
    }

    private Module Build(ModuleSource source)
    {
        var fm = source.FrontMatter;
        var introduction = BuildParts(source.Introduction, source.Problems, fm.Id, 0, out var introWords);
        var steps = ImmutableArray.CreateBuilder<Step>();
        var stepIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (step, index) in source.Steps.Select((s, i) => (s, i)))
        {
            var parts = BuildParts(step.Blocks, source.Problems, fm.Id, index + 1, out var words);
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

        var forms = introduction.Concat(steps.SelectMany(s => s.Parts)).OfType<FormBlockPart>().ToList();
        CheckForms(forms, source.Problems);
        var minutes = fm.Minutes ?? Math.Max(1, steps.Sum(s => s.Minutes) + EstimateMinutes(introWords, introduction) - 1);
        return new Module(fm.Id, fm.Title, fm.Summary, fm.Order, minutes, fm.Intensity, fm.Objectives, fm.Aliases, introduction, steps.ToImmutable(), source.Path);
    }

    private static void CheckForms(List<FormBlockPart> forms, ProblemList problems)
    {
        foreach (var group in forms.GroupBy(f => f.Id).Where(g => g.Count() > 1))
        {
            var what = group.First().Kind switch
            {
                FormKind.StartingPoint => "starting point",
                FormKind.Reflection => "reflection",
                _ => $"exercise with the id '{group.Key}'",
            };
            problems.Error(0, $"The module has more than one {what}.", "Each module has at most one starting point and one reflection, and each exercise needs its own id.");
        }

        if (!forms.Any(f => f.Kind == FormKind.Exercise))
        {
            problems.Warning(0, "The module has no exercise.", "Every module should have at least one ':::exercise' block.");
        }
    }

    private int EstimateMinutes(int words, ImmutableArray<ContentPart> parts) =>
        Math.Max(1, (int)Math.Ceiling(words / (double)_options.WordsPerMinute) + parts.OfType<FormBlockPart>().Sum(f => f.Minutes));

    private ImmutableArray<ContentPart> BuildParts(List<Block> blocks, ProblemList problems, string moduleId, int stepNumber, out int words)
    {
        var parts = ImmutableArray.CreateBuilder<ContentPart>();
        var pending = new List<Block>();
        words = 0;
        foreach (var block in blocks)
        {
            if (block is FormBlock form)
            {
                Flush();
                var yaml = form.Lines.ToString();
                var part = FormReader.Read(form.Info ?? "", yaml, form.Line + 2, problems, RenderIntro);
                if (part is not null)
                {
                    parts.Add(part with { ModuleId = moduleId, StepNumber = stepNumber });
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
                parts.Add(new HtmlPart(Render(pending)));
                pending.Clear();
            }
        }

        string RenderIntro(string markdown)
        {
            var document = Markdown.Parse(markdown, _pipeline);
            LinkRewriter.Rewrite(document, problems, new LinkTargets(new Dictionary<string, int>(), new Dictionary<string, string>()), _options.ModuleUrl);
            return Render([.. document]);
        }
    }

    private string Render(IReadOnlyList<Block> blocks)
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

            renderer.Render(block);
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
