using Markdig;
using Markdig.Renderers;

namespace SelfHelp.Content.Extensions.Callouts;

/// <summary>Adds <c>:::tip</c>, <c>:::take-care</c> and <c>:::important</c> callouts.</summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    private readonly IReadOnlyDictionary<string, string> _titles;

    /// <summary>Creates the extension with the title shown for each callout name.</summary>
    public CalloutExtension(IReadOnlyDictionary<string, string> titles)
    {
        _titles = titles;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<CalloutParser>())
        {
            pipeline.BlockParsers.Add(new CalloutParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CalloutRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CalloutRenderer(_titles));
        }
    }
}
