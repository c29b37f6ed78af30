using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Extensions.Callouts;
using SelfHelp.Content.Extensions.FormBlocks;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Loading;

/// <summary>Parses one module file: front matter, block structure and the rules that need only this file.</summary>
internal sealed class ModuleParser
{
    public static readonly string[] FrontMatterKeys = ["id", "title", "summary", "order", "minutes", "intensity", "objectives", "aliases"];

    private const string FrontMatterExample = """
        ---
        id: why-change
        title: Why change, and why now
        summary: One or two sentences about the module.
        order: 2
        intensity: low
        objectives:
          - Name your own reasons to stop
        ---
        """;

    private readonly MarkdownPipeline _pipeline;
    private readonly IReadOnlyDictionary<string, string> _calloutTitles;

    public ModuleParser(MarkdownPipeline pipeline, IReadOnlyDictionary<string, string> calloutTitles)
    {
        _pipeline = pipeline;
        _calloutTitles = calloutTitles;
    }

    public ModuleSource? Parse(string text, string path, ProblemList problems)
    {
        var document = Markdown.Parse(text, _pipeline);
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock yaml)
        {
            problems.Error(1, "The file does not start with front matter.", $"Start the file with a '---' line, the module's settings, and another '---' line:{Environment.NewLine}{FrontMatterExample}");
            return null;
        }

        var frontMatter = ReadFrontMatter(yaml, problems);
        CheckBlocks(document, problems);
        var introduction = new List<Block>();
        var steps = new List<StepSource>();
        foreach (var block in document.Skip(1))
        {
            if (block is HeadingBlock { Level: 1 } h1)
            {
                problems.Error(h1.Line + 1, "Level-1 headings ('# ') are not allowed in the body.", "The module's title comes from 'title' in the front matter. Use '## ' to start a step and '### ' for a heading inside a step.");
            }
            else if (block is HeadingBlock { Level: 2 } heading)
            {
                steps.Add(new StepSource(InlineText(heading.Inline), heading.Line + 1, []));
            }
            else if (steps.Count == 0)
            {
                introduction.Add(block);
            }
            else
            {
                steps[^1].Blocks.Add(block);
            }
        }

        if (steps.Count == 0)
        {
            problems.Error(1, "The module has no steps.", "Start each step with a level-2 heading, such as '## Why it matters'.");
        }

        foreach (var step in steps.Where(s => s.Blocks.Count == 0))
        {
            problems.Error(step.Line, $"The step '{step.Title}' is empty.", "Write some text under the heading, or remove the heading.");
        }

        foreach (var step in steps.Where(s => string.IsNullOrWhiteSpace(s.Title)))
        {
            problems.Error(step.Line, "A step heading has no text.", "Write the step's title after '## '.");
        }

        return frontMatter is null
            ? null
            : new ModuleSource { Path = path, Problems = problems, FrontMatter = frontMatter, Document = document, Introduction = introduction, Steps = steps };
    }

    public static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var parts = inline.Descendants<LiteralInline>().Select(l => l.Content.ToString());
        var code = inline.Descendants<CodeInline>().Select(c => c.Content);
        return string.Concat(parts.Concat(code)).Trim();
    }

    private static FrontMatter? ReadFrontMatter(YamlFrontMatterBlock block, ProblemList problems)
    {
        var map = YamlMap.Parse(block.Lines.ToString(), block.Line + 2, problems, "front matter", FrontMatterExample);
        if (map is null)
        {
            return null;
        }

        var errorsBefore = problems.ErrorCount;
        map.RejectUnknownKeys(FrontMatterKeys);
        var id = map.String("id", required: true, "Add 'id: your-module-id'. It is used in web addresses and saved progress, so it must never change.");
        if (id is not null && !Slug.IsValidId(id))
        {
            problems.Error(map.LineOf("id"), $"The id '{id}' is not valid.", "Use lower-case letters, digits and single dashes, such as 'why-change'.");
        }

        var title = map.String("title", required: true, "Add 'title: ...', the module's title.");
        var summary = map.String("summary", required: true, "Add 'summary: ...', one or two sentences shown in the programme list and to search engines.");
        if (summary is { Length: > 200 })
        {
            problems.Warning(map.LineOf("summary"), $"The summary is {summary.Length} characters long.", "Keep it under 200 characters: it is shown in lists and search results.");
        }

        var order = map.Int("order", 1, 999, "Add 'order: N', the module's place in the programme.");
        if (order is null && !map.Has("order"))
        {
            problems.Error(map.Line, "The front matter has no 'order'.", "Add 'order: N', the module's place in the programme.");
        }

        var minutes = map.Int("minutes", 1, 600, "Leave 'minutes' out to have it worked out from the word count.");
        var intensity = ReadIntensity(map, problems);
        var objectives = map.StringList("objectives", "List the objectives, one per line starting with '- '.");
        if (objectives.Length == 0)
        {
            problems.Warning(map.Line, "The module has no objectives.", "Add 'objectives:' with one to four lines starting with '- ', saying what the reader will get from it.");
        }

        var aliases = map.StringList("aliases", "List old ids, one per line starting with '- '.");
        foreach (var alias in aliases.Where(a => !Slug.IsValidId(a)))
        {
            problems.Error(map.LineOf("aliases"), $"The alias '{alias}' is not a valid id.", "Aliases are old ids: lower-case letters, digits and single dashes.");
        }

        if (problems.ErrorCount > errorsBefore)
        {
            return null;
        }

        return id is null || title is null || summary is null || order is null || intensity is null
            ? null
            : new FrontMatter(id, map.LineOf("id"), title, summary, order.Value, minutes, intensity.Value, objectives, aliases, map.LineOf("aliases"));
    }

    private static Intensity? ReadIntensity(YamlMap map, ProblemList problems)
    {
        const string hint = "Use 'intensity: low', 'intensity: medium' or 'intensity: high'.";
        var text = map.String("intensity", required: true, hint);
        return text switch
        {
            null => null,
            "low" => Intensity.Low,
            "medium" => Intensity.Medium,
            "high" => Intensity.High,
            _ => Fail(),
        };

        Intensity? Fail()
        {
            problems.Error(map.LineOf("intensity"), $"Unknown intensity '{text}'.", hint);
            return null;
        }
    }

    private void CheckBlocks(MarkdownDocument document, ProblemList problems)
    {
        var names = _calloutTitles.Keys.Concat(FormBlockParser.Names).ToArray();
        foreach (var callout in document.Descendants<CalloutBlock>())
        {
            var name = callout.Info ?? "";
            if (!_calloutTitles.ContainsKey(name))
            {
                var suggestion = Suggest.Closest(name, names);
                problems.Error(callout.Line + 1, $"Unknown block ':::{name}'.", (suggestion is null ? "" : $"Did you mean ':::{suggestion}'? ") + $"Blocks: {string.Join(", ", names.Select(n => ":::" + n))}.");
            }

            if (!callout.IsClosed)
            {
                problems.Error(callout.Line + 1, $"The ':::{name}' block is never closed.", "End the block with a line holding only ':::'.");
            }

            if (callout.Parent is not MarkdownDocument)
            {
                problems.Error(callout.Line + 1, $"The ':::{name}' block is inside another block.", "Blocks cannot be nested: close the outer block first.");
            }
        }

        foreach (var form in document.Descendants<FormBlock>())
        {
            if (!form.IsClosed)
            {
                problems.Error(form.Line + 1, $"The ':::{form.Info}' block is never closed.", "End the block with a line holding only ':::'.");
            }

            if (form.Parent is not MarkdownDocument)
            {
                problems.Error(form.Line + 1, $"The ':::{form.Info}' block is inside another block.", "Put exercises, starting points and reflections at the top level, not inside a callout or a list.");
            }
        }

        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 2 && h.Parent is not MarkdownDocument))
        {
            problems.Error(heading.Line + 1, "A '## ' step heading is inside a block or list.", "Level-2 headings start steps: put them at the top level, or use '### '.");
        }
    }
}
