using System.Globalization;
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

    private const string WebAddressHint = "Link to a module as (module:its-id) or (module:its-id/2) for a step; link to other sites with a full https:// address.";

    /// <summary>Rewrites and checks every link.</summary>
    /// <param name="document">The parsed Markdown (parsed with precise source locations, so inlines know their line).</param>
    /// <param name="problems">Where to report.</param>
    /// <param name="targets">The modules and aliases that exist.</param>
    /// <param name="moduleUrl">Builds a site URL.</param>
    /// <param name="fixedLine">When set, every problem is reported on this line instead (Markdown held inside YAML).</param>
    public static void Rewrite(MarkdownDocument document, ProblemList problems, LinkTargets targets, Func<string, int?, string> moduleUrl, int? fixedLine = null)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            var line = fixedLine ?? inline.Line + 1;
            if (inline is LinkInline link)
            {
                RewriteLink(link, line, problems, targets, moduleUrl);
            }
            else if (inline is AutolinkInline { IsEmail: false } autolink)
            {
                CheckAutolink(autolink, line, problems);
            }
        }
    }

    private static void RewriteLink(LinkInline link, int line, ProblemList problems, LinkTargets targets, Func<string, int?, string> moduleUrl)
    {
        var url = link.Url ?? "";
        if (link.IsImage)
        {
            problems.Error(line, $"Images are not supported ('{url}').", "Describe the idea in words instead. Pictures distract from a hard subject, need a text description for screen readers, and a picture from another site would tell that site who is reading.");
            return;
        }

        if (url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            link.Url = RewriteModuleLink(url[Scheme.Length..], line, problems, targets, moduleUrl);
        }
        else if (IsWebAddress(url))
        {
            WarnIfInsecure(url, line, problems);
            link.GetAttributes().AddPropertyIfNotExist("rel", "noreferrer noopener");
        }
        else if (!IsPhoneEmailOrAnchor(url))
        {
            problems.Error(line, $"The link '{url}' is not a module link or a full web address.", WebAddressHint);
        }
    }

    private static void CheckAutolink(AutolinkInline link, int line, ProblemList problems)
    {
        var url = link.Url ?? "";
        if (IsWebAddress(url))
        {
            WarnIfInsecure(url, line, problems);
            link.GetAttributes().AddPropertyIfNotExist("rel", "noreferrer noopener");
        }
        else if (!IsPhoneEmailOrAnchor(url))
        {
            problems.Error(line, $"The link '<{url}>' is not a full web address.", WebAddressHint);
        }
    }

    private static bool IsWebAddress(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private static bool IsPhoneEmailOrAnchor(string url) =>
        url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#');

    private static void WarnIfInsecure(string url, int line, ProblemList problems)
    {
        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            problems.Warning(line, $"The link '{url}' is not secure (http).", "Use the https:// address of the page if it has one.");
        }
    }

    private static string RewriteModuleLink(string target, int line, ProblemList problems, LinkTargets targets, Func<string, int?, string> moduleUrl)
    {
        var slash = target.IndexOf('/', StringComparison.Ordinal);
        var id = slash < 0 ? target : target[..slash];
        int? step = null;
        if (slash >= 0)
        {
            if (int.TryParse(target[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
            {
                step = number;
            }
            else
            {
                problems.Error(line, $"The link 'module:{target}' has a step that is not a step number.", "Write a step link as (module:its-id/2): steps are numbered from 1.");
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
            problems.Error(line, $"The link 'module:{target}' points to step {step}, but that module has {steps} steps.", "Check the step number: steps are numbered from 1 in the order of their '## ' headings.");
        }

        return moduleUrl(id, step);
    }
}
