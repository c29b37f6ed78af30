using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SelfHelp.Content.Extensions.Headings;

/// <summary>Writes headings of level 3 and below one level up (<c>###</c> as <c>h2</c>); see <see cref="HeadingDemotionExtension"/>.</summary>
internal sealed class DemotedHeadingRenderer : HeadingRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (obj.Level < 3)
        {
            base.Write(renderer, obj);
            return;
        }

        // The level is lent to the base renderer for this one write and given back, so the document is unchanged.
        obj.Level--;
        try
        {
            base.Write(renderer, obj);
        }
        finally
        {
            obj.Level++;
        }
    }
}
