using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SelfHelp.Content.Extensions.Headings;

/// <summary>
/// Steps are shown under the page's own <c>h1</c> and each step's title is its <c>##</c> heading, so a <c>###</c>
/// inside a step is the next level down on the page: it is written as <c>h2</c>, <c>####</c> as <c>h3</c>, and so on.
/// Only the HTML changes; the parsed document keeps the levels editors wrote (steps are found by their <c>##</c>).
/// </summary>
internal sealed class HeadingDemotionExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<DemotedHeadingRenderer>())
        {
            html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new DemotedHeadingRenderer());
        }
    }
}
