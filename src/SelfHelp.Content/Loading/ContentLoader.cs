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
using SelfHelp.Content.Extensions.Headings;
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
    private readonly ModuleParser _parser;
    private readonly ModuleBuilder _builder;
    private readonly MarkdownPipeline _pipeline;

    /// <summary>Creates a loader.</summary>
    public ContentLoader(ContentLoaderOptions? options = null)
    {
        _options = options ?? new ContentLoaderOptions();
        var pipeline = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePreciseSourceLocation()
            .DisableHtml()
            .Use(new FormBlockExtension())
            .Use(new CalloutExtension(_options.CalloutTitles, _options.CalloutNotes))
            .Use(new HeadingDemotionExtension())
            .Build();
        _parser = new ModuleParser(pipeline, _options.CalloutTitles);
        _builder = new ModuleBuilder(_options, pipeline);
        _pipeline = pipeline;
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
        var (urge, urgeProblems) = Urge.UrgeGuideLoader.Load(languageFolder, _pipeline, modules.Catalogue, _options.ModuleUrl);
        var (checkIn, checkInProblems) = CheckIns.CheckInLoader.Load(languageFolder);
        var problems = modules.Problems.Concat(helplineProblems).Concat(distressProblems).Concat(retiredProblems).Concat(guideProblems).Concat(feedbackProblems)
            .Concat(urgeProblems).Concat(checkInProblems)
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToImmutableArray();
        return modules with { Problems = problems, Helplines = helplines, Distress = distress, RetiredCodes = retired, StartGuide = guide, Feedback = feedback, UrgeGuide = urge, CheckIn = checkIn };
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
        var formula = ReadingMeasures.For(language);
        if (formula is null)
        {
            folderProblems.Warning(0, $"There is no reading-level measure for the language '{language}', so the modules' reading grades are not checked.", "English (en) is scored with Flesch–Kincaid and German (de) with the Wiener Sachtextformel. Ask a developer to add a measure for this language (docs/content-style.md); until then, read the modules aloud with someone from the audience.");
        }
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

            if (ContentFile.Read(file, problems, MaxFileBytes, "A module is a few thousand words (well under 100 KB). Check that this is the right file, or split the module.") is { } text)
            {
                parsed[i] = ContentFile.Guard(problems, () => _parser.Parse(text, problems.Path, problems));
            }
        });
        sources.AddRange(parsed.OfType<ModuleSource>());

        ProgrammeChecks.CheckAcrossModules(sources);
        var targets = new LinkTargets(
            sources.GroupBy(s => s.FrontMatter.Id).ToDictionary(g => g.Key, g => g.First().Steps.Count, StringComparer.Ordinal),
            sources.SelectMany(s => s.FrontMatter.Aliases.Select(a => (Alias: a.Value, s.FrontMatter.Id))).DistinctBy(x => x.Alias).ToDictionary(x => x.Alias, x => x.Id, StringComparer.Ordinal));

        // Building a module reads only its own source and the shared, read-only link targets: also done in parallel.
        var built = new Module?[sources.Count];
        Parallel.For(0, sources.Count, i =>
        {
            var source = sources[i];
            built[i] = ContentFile.Guard(source.Problems, () =>
            {
                LinkRewriter.Rewrite(source.Document, source.Problems, targets, _options.ModuleUrl);
                return _builder.Build(source, targets, formula);
            });
        });
        var modules = sources.Zip(built).Where(x => x.Second is not null).Select(x => (Module: x.Second!, Source: x.First)).ToList();

        ProgrammeChecks.CheckCodes(sources);
        var accepted = modules.Where(m => m.Source.Problems.ErrorCount == 0).Select(m => m.Module);
        var all = lists.SelectMany(l => l.Items).OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToImmutableArray();
        var readability = modules
            .Select(m => new ModuleReadability(m.Module.Id, m.Module.Order, m.Module.SourcePath, m.Module.Readability, m.Source.Problems.ErrorCount == 0) { Spread = m.Module.SentenceSpread })
            .OrderBy(r => r.Order).ThenBy(r => r.ModuleId, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ContentLoadResult(new ContentCatalogue(language, accepted), all) { Readability = readability };
    }
}
