using Markdig;
using Markdig.Renderers;

namespace SelfHelp.Content.Extensions.FormBlocks;

/// <summary>
/// Adds form blocks. They are lifted out of the document by the loader and rendered by the site, so the
/// HTML renderer writes nothing for them.
/// </summary>
internal sealed class FormBlockExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<FormBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new FormBlockParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<FormBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new FormBlockRenderer());
        }
    }
}
