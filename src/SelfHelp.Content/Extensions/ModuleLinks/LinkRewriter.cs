using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Extensions.ModuleLinks;

/// <summary>
/// Walks the parsed document and turns <c>module:id</c> and <c>module:id/2</c> links into site URLs,
/// checking that the module (and step) exist; marks links to other sites so they leak no referrer.
/// Works on the syntax tree, never on rendered HTML.
/// </summary>
internal static class LinkRewriter
{
    public const string Scheme = "module:";

    public static void Rewrite(MarkdownDocument document, ProblemList problems, LinkTargets targets, Func<string, int?, string> moduleUrl)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            var line = link.Line + 1;
            var url = link.Url ?? "";
            if (link.IsImage)
            {
                problems.Error(line, $"Images are not supported ('{url}').", "Describe the idea in words instead; pictures from other sites would also tell them who is reading.");
                continue;
            }

            if (url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            {
                link.Url = RewriteModuleLink(url[Scheme.Length..], line, problems, targets, moduleUrl);
            }
            else if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Warning(line, $"The link '{url}' is not secure (http).", "Use the https:// address of the page if it has one.");
                }

                link.GetAttributes().AddPropertyIfNotExist("rel", "noreferrer noopener");
            }
            else if (url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#'))
            {
                continue;
            }
            else
            {
                problems.Error(line, $"The link '{url}' is not a module link or a full web address.", "Link to a module as (module:its-id) or (module:its-id/2) for a step; link to other sites with a full https:// address.");
            }
        }
    }

    private static string RewriteModuleLink(string target, int line, ProblemList problems, LinkTargets targets, Func<string, int?, string> moduleUrl)
    {
        var slash = target.IndexOf('/', StringComparison.Ordinal);
        var id = slash < 0 ? target : target[..slash];
        int? step = null;
        if (slash >= 0)
        {
            if (int.TryParse(target[(slash + 1)..], out var number) && number >= 1)
            {
                step = number;
            }
            else
            {
                problems.Error(line, $"The link 'module:{target}' has a step that is not a number.", "Write a step link as (module:its-id/2).");
                return moduleUrl(id, null);
            }
        }

        if (!targets.StepCounts.TryGetValue(id, out var steps))
        {
            if (targets.Aliases.TryGetValue(id, out var current))
            {
                problems.Warning(line, $"The link 'module:{target}' uses the old id '{id}'.", $"Link to the current id: module:{current}.");
                id = current;
                steps = targets.StepCounts[current];
            }
            else
            {
                var suggestion = Loading.Suggest.Closest(id, targets.StepCounts.Keys);
                problems.Error(line, $"The link 'module:{target}' points to a module that does not exist.", suggestion is null ? "Check the module's id in its front matter." : $"Did you mean module:{suggestion}?");
                return moduleUrl(id, step);
            }
        }

        if (step > steps)
        {
            problems.Error(line, $"The link 'module:{target}' points to step {step}, but that module has {steps} steps.", "Check the step number.");
        }

        return moduleUrl(id, step);
    }
}

/// <summary>What links may point at: module ids with their step counts, and aliases.</summary>
internal sealed record LinkTargets(IReadOnlyDictionary<string, int> StepCounts, IReadOnlyDictionary<string, string> Aliases);
