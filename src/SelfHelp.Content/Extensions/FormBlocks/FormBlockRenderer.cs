using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SelfHelp.Content.Extensions.FormBlocks;

/// <summary>Writes nothing: the site renders forms itself.</summary>
internal sealed class FormBlockRenderer : HtmlObjectRenderer<FormBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, FormBlock obj)
    {
    }
}
