using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Extensions.FormBlocks;
using SelfHelp.Content.Extensions.ModuleLinks;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Urge;

/// <summary>
/// Reads <c>now.md</c>: what to do in a hard moment, written by editors in the same Markdown as modules (callouts and
/// links work; no forms, no front matter, and '## ' headings under the page's own title). Optional.
/// </summary>
public static class UrgeGuideLoader
{
    /// <summary>The file, inside a language folder.</summary>
    public const string FileName = "now.md";

    /// <summary>Loads and checks the guide with the site's Markdown pipeline; no guide and no problems when the file is absent.</summary>
    public static (UrgeGuide Guide, IReadOnlyList<ContentProblem> Problems) Load(string languageFolder, MarkdownPipeline pipeline, ContentCatalogue catalogue, Func<string, int?, string> moduleUrl)
    {
        ArgumentNullException.ThrowIfNull(languageFolder);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(catalogue);
        var (file, problems) = ContentFile.Locate(languageFolder, FileName);
        if (!File.Exists(file))
        {
            return (UrgeGuide.None, []);
        }

        var guide = UrgeGuide.None;
        ContentFile.Guard(problems, () =>
        {
            if (ContentFile.Read(file, "The guide for a hard moment", problems) is { } text)
            {
                guide = Parse(text, pipeline, catalogue, moduleUrl, problems);
            }
        });
        return (guide, [.. problems.Items.OrderBy(p => p.Line)]);
    }

    private static UrgeGuide Parse(string text, MarkdownPipeline pipeline, ContentCatalogue catalogue, Func<string, int?, string> moduleUrl, ProblemList problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Error(0, "The file is empty.", "Write what to do in a hard moment, or delete the file.");
            return UrgeGuide.None;
        }

        var document = Markdown.Parse(text, pipeline);
        var errors = problems.ErrorCount;
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            problems.Error(heading.Line + 1, "A '# ' heading is not allowed here: the page has its own title.", "Start sections with '## '.");
        }

        foreach (var form in document.Descendants<FormBlock>())
        {
            problems.Error(form.Line + 1, "Forms are not allowed in this guide.", "Exercises belong in modules. Link to one with (module:its-id).");
        }

        var targets = new LinkTargets(
            catalogue.Modules.ToDictionary(m => m.Id, m => m.Steps.Length, StringComparer.Ordinal),
            catalogue.Modules.SelectMany(m => m.Aliases.Select(a => (Alias: a, m.Id))).ToDictionary(x => x.Alias, x => x.Id, StringComparer.Ordinal));
        LinkRewriter.Rewrite(document, problems, targets, moduleUrl);
        if (problems.ErrorCount > errors)
        {
            return UrgeGuide.None;
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new UrgeGuide(writer.ToString());
    }
}
