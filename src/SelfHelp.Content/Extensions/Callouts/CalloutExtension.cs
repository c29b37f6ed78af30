using Markdig;
using Markdig.Renderers;

namespace SelfHelp.Content.Extensions.Callouts;

/// <summary>Adds <c>:::tip</c>, <c>:::take-care</c>, <c>:::important</c> and <c>:::voice</c> callouts.</summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    private readonly IReadOnlyDictionary<string, string> _titles;
    private readonly IReadOnlyDictionary<string, string> _notes;

    /// <summary>Creates the extension with the title shown for each callout name, and the default fixed notes.</summary>
    public CalloutExtension(IReadOnlyDictionary<string, string> titles)
        : this(titles, CalloutKinds.DefaultNotes)
    {
    }

    /// <summary>Creates the extension with the title shown for each callout name and the fixed note of some names.</summary>
    public CalloutExtension(IReadOnlyDictionary<string, string> titles, IReadOnlyDictionary<string, string> notes)
    {
        _titles = titles;
        _notes = notes;
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
            html.ObjectRenderers.Insert(0, new CalloutRenderer(_titles, _notes));
        }
    }
}
