using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SelfHelp.Content.Extensions.Callouts;
using SelfHelp.Content.Extensions.FormBlocks;

namespace SelfHelp.Content.Readability;

/// <summary>
/// Reads the prose of Markdown blocks for <see cref="ReadabilityScore"/>: the text of each paragraph, list item,
/// heading and callout (with a callout's own title), taken from the syntax tree rather than the HTML. Forms
/// (exercises, starting points, reflections) are YAML and left out, and so are code blocks.
/// </summary>
internal static class ProseReader
{
    public static ReadabilityScore Measure(IEnumerable<Block> blocks) => ReadabilityScore.Measure(blocks.SelectMany(Units));

    /// <summary>The units of all the blocks, in document order.</summary>
    public static IEnumerable<string> Units(IEnumerable<Block> blocks) => blocks.SelectMany(Units);

    /// <summary>One string per paragraph, list item paragraph, heading and callout title, in document order.</summary>
    public static IEnumerable<string> Units(Block block)
    {
        switch (block)
        {
            case FormBlock:
                yield break;
            case LeafBlock { Inline: { } inline }:
                yield return TextOf(inline);
                break;
            case ContainerBlock container:
                if (container is CalloutBlock { Arguments: { } title } && !string.IsNullOrWhiteSpace(title))
                {
                    yield return title;
                }

                foreach (var unit in container.SelectMany(Units))
                {
                    yield return unit;
                }

                break;
        }
    }

    private static string TextOf(ContainerInline inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString();
    }

    // Walks the children directly, in document order: Descendants<T>() allocates an iterator for every level and
    // was a quarter of the time spent loading content.
    private static void Append(ContainerInline container, StringBuilder text)
    {
        for (var node = container.FirstChild; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline child:
                    Append(child, text);
                    break;
            }
        }
    }
}
