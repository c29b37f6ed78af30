using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SelfHelp.Content.Extensions.Callouts;

/// <summary>
/// Parses any other <c>:::name</c> fence as a callout. Unknown names are kept so that the content check can
/// name them, rather than letting them fall through as a paragraph of colons.
/// </summary>
public sealed class CalloutParser : FencedBlockParserBase<CalloutBlock>
{
    /// <summary>Creates the parser.</summary>
    public CalloutParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null;
    }

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        return Fences.PeekName(processor.Line).Length == 0 ? BlockState.None : base.TryOpen(processor);
    }

    /// <inheritdoc />
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        ArgumentNullException.ThrowIfNull(processor);
        var state = base.TryContinue(processor, block);
        if (state == BlockState.BreakDiscard)
        {
            ((CalloutBlock)block).IsClosed = true;
        }
        else if (state == BlockState.Continue)
        {
            var indent = ((CalloutBlock)block).Column;
            var c = processor.CurrentChar;
            while (indent > 0 && c.IsSpace())
            {
                indent--;
                c = processor.NextChar();
            }
        }

        return state;
    }

    /// <inheritdoc />
    protected override CalloutBlock CreateFencedBlock(BlockProcessor processor) => new(this);
}
