using System.Collections.Immutable;
using System.Text.RegularExpressions;
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
internal sealed partial class ModuleParser
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

    private const int MaxSummaryLength = 200;

    private readonly MarkdownPipeline _pipeline;
    private readonly IReadOnlyDictionary<string, string> _calloutTitles;

    public ModuleParser(MarkdownPipeline pipeline, IReadOnlyDictionary<string, string> calloutTitles)
    {
        _pipeline = pipeline;
        _calloutTitles = calloutTitles;
    }

    public ModuleSource? Parse(string text, string path, ProblemList problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Error(0, "The file is empty.", $"A module starts with its settings between two '---' lines, then its steps:{Environment.NewLine}{FrontMatterExample}");
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, _pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested beyond its depth limit rather than risk running out of stack.
            problems.Error(0, "The file has too many levels of lists, quotes or brackets inside each other to be read.", "Use at most a few levels of lists inside lists.");
            return null;
        }

        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock yaml)
        {
            var (message, hint) = StartsWithDashes(text)
                ? ("The front matter is empty or never closed.", "Write the module's settings after the first '---' line, and end them with another '---' line:")
                : ("The file does not start with front matter.", "Start the file with a '---' line, the module's settings, and another '---' line:");
            problems.Error(1, message, $"{hint}{Environment.NewLine}{FrontMatterExample}");
            return null;
        }

        var frontMatter = ReadFrontMatter(yaml, problems);
        CheckBlocks(document, problems);
        var introduction = new List<Block>();
        var steps = new List<StepSource>();
        foreach (var block in document.Skip(1))
        {
            if (block is HeadingBlock { Level: 1 })
            {
                continue;
            }
            else if (block is HeadingBlock { Level: 2 } heading)
            {
                var (title, id) = SplitStepId(InlineText(heading.Inline));
                if (id is not null && !Slug.IsValidId(id))
                {
                    problems.Error(heading.Line + 1, $"The step id '{{#{id}}}' is not valid.", "A step id has lower-case letters a to z, digits and single dashes, such as {#what-the-law-says}; a translation uses the id of the original's step.");
                    id = null;
                }

                steps.Add(new StepSource(title, id, heading.Line + 1, []));
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
            problems.Error(0, "The module has no steps.", "Start each step with a level-2 heading, such as '## Why it matters'.");
        }

        foreach (var step in steps)
        {
            if (string.IsNullOrWhiteSpace(step.Title))
            {
                problems.Error(step.Line, "A step heading has no text.", "Write the step's title after '## '.");
            }
            else if (step.Blocks.Count == 0)
            {
                problems.Error(step.Line, $"The step '{step.Title}' is empty.", "Write some text under the heading, or remove the heading.");
            }
        }

        return frontMatter is null
            ? null
            : new ModuleSource { Path = path, Problems = problems, FrontMatter = frontMatter, Document = document, Introduction = introduction, Steps = steps };
    }

    /// <summary>
    /// Splits "Was das Gesetz sagt {#what-the-law-says}" into the title and the id written at its end. A translated
    /// step keeps the original's id this way, so that "read" marks and links are the same in every language.
    /// </summary>
    public static (string Title, string? Id) SplitStepId(string heading)
    {
        var text = heading.TrimEnd();
        if (!text.EndsWith('}'))
        {
            return (text, null);
        }

        var open = text.LastIndexOf("{#", StringComparison.Ordinal);
        return open < 0 ? (text, null) : (text[..open].TrimEnd(), text[(open + 2)..^1].Trim());
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

    /// <summary>
    /// Reads the front matter. Returns it whenever the values the other checks need are there, even with other errors,
    /// so that one mistake in the settings does not hide the problems in the body.
    /// </summary>
    private static FrontMatter? ReadFrontMatter(YamlFrontMatterBlock block, ProblemList problems)
    {
        var map = YamlMap.Parse(block.Lines.ToString(), block.Line + 2, problems, "front matter", FrontMatterExample);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(FrontMatterKeys);
        var id = map.String("id", required: true, "Add 'id: your-module-id'. It is used in web addresses and saved progress, so it must never change.");
        if (id is not null && !Slug.IsValidId(id))
        {
            problems.Error(map.LineOf("id"), $"The id '{id}' is not valid.", "Use lower-case letters, digits and single dashes, such as 'why-change'.");
        }

        var title = map.String("title", required: true, "Add 'title: ...', the module's title.");
        var summary = map.String("summary", required: true, "Add 'summary: ...', one or two sentences shown in the programme list and to search engines.");
        if (summary is { Length: > MaxSummaryLength })
        {
            problems.Warning(map.LineOf("summary"), $"The summary is {summary.Length} characters long.", $"Keep it under {MaxSummaryLength} characters: it is shown in lists and search results.");
        }

        var order = map.Int("order", 1, 999, "Add 'order: N', the module's place in the programme.");
        if (order is null && !map.Has("order"))
        {
            problems.Error(map.Line, "The front matter has no 'order'.", "Add 'order: N', the module's place in the programme.");
        }

        var minutes = map.Int("minutes", 1, 600, "Leave 'minutes' out to have it worked out from the word count.");
        var intensity = ReadIntensity(map, problems);
        var errorsBefore = problems.ErrorCount;
        var objectives = map.StringList("objectives", "List the objectives, one per line starting with '- '.");
        if (objectives.Length == 0 && problems.ErrorCount == errorsBefore)
        {
            problems.Warning(map.Line, "The module has no objectives.", "Add 'objectives:' with one to four lines starting with '- ', saying what the reader will get from it.");
        }

        var aliases = ImmutableArray.CreateBuilder<(string Value, int Line)>();
        foreach (var alias in map.StringItems("aliases", "List old ids, one per line starting with '- '."))
        {
            if (!Slug.IsValidId(alias.Value))
            {
                problems.Error(alias.Line, $"The alias '{alias.Value}' is not a valid id.", "Aliases are old ids: lower-case letters, digits and single dashes.");
            }
            else if (aliases.Any(a => a.Value == alias.Value))
            {
                problems.Warning(alias.Line, $"The alias '{alias.Value}' is listed twice.", "Remove the second one.");
            }
            else
            {
                aliases.Add(alias);
            }
        }

        return id is null || title is null || summary is null || order is null || intensity is null
            ? null
            : new FrontMatter(id, map.LineOf("id"), title, summary, order.Value, map.LineOf("order"), minutes, intensity.Value, objectives, aliases.ToImmutable());
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

    private static bool StartsWithDashes(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).TrimEnd() == "---";
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

            if (IsNested(callout))
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

            if (IsNested(form))
            {
                problems.Error(form.Line + 1, $"The ':::{form.Info}' block is inside another block.", "Put exercises, starting points and reflections at the top level, not inside a callout or a list.");
            }
        }

        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                problems.Error(heading.Line + 1, "Level-1 headings ('# ') are not allowed in the body.", "The module's title comes from 'title' in the front matter. Use '## ' to start a step and '### ' for a heading inside a step.");
            }
            else if (heading.Level == 2 && IsNested(heading))
            {
                problems.Error(heading.Line + 1, "A '## ' step heading is inside a block or list.", "Level-2 headings start steps: put them at the top level, or use '### '.");
            }
        }

        foreach (var code in document.Descendants<CodeBlock>().Where(c => c is not YamlFrontMatterBlock))
        {
            problems.Warning(code.Line + 1, "This text will be shown as code: in a box, exactly as typed.", "Text indented by four spaces or more, or between ``` lines, is shown as code. Remove the indentation; inside a list, indent by two spaces.");
        }

        CheckText(document, problems);
    }

    /// <summary>Finds ':::' lines that open or close nothing, and HTML that will be shown as typed.</summary>
    private static void CheckText(MarkdownDocument document, ProblemList problems)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.AsSpan();
            var startsLine = literal.PreviousSibling is null or LineBreakInline;
            if (startsLine && text.TrimStart().StartsWith(":::", StringComparison.Ordinal))
            {
                problems.Error(literal.Line + 1, "This ':::' line does not start or end a block.", "A block starts with a line such as ':::tip' and ends with a line holding only ':::'. Remove this line, or check that the block above is not already closed.");
            }
            else if (HtmlTag().Match(literal.Content.ToString()) is { Success: true } tag)
            {
                problems.Warning(literal.Line + 1, $"'{tag.Value}' looks like HTML, which is shown exactly as typed.", "Use Markdown instead: **bold**, *italic*, '- ' for lists, a blank line for a new paragraph.");
            }
        }
    }

    /// <summary>True when the block is inside a list, quote or callout. Inside a callout that is never closed,
    /// only the missing ':::' is reported: everything after it is swallowed by the callout.</summary>
    private static bool IsNested(Block block) =>
        block.Parent is not MarkdownDocument && !AncestorsOf(block).Any(b => b is CalloutBlock { IsClosed: false });

    private static IEnumerable<Block> AncestorsOf(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }

    [GeneratedRegex(@"<(?:!--|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)", RegexOptions.None, 1000)]
    private static partial Regex HtmlTag();
}
