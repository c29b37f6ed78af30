using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using SelfHelp.Content.Extensions.FormBlocks;

namespace SelfHelp.Content.Extensions.Callouts;

/// <summary>
/// Parses any other <c>:::name</c> fence as a callout. Unknown names are kept so that the content check can
/// name them, rather than letting them fall through as a paragraph of colons.
/// </summary>
internal sealed class CalloutParser : FencedBlockParserBase<CalloutBlock>
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
        var callout = (CalloutBlock)block;

        // A block opened inside this one (an error the loader reports) takes the next ':::' for itself, as the
        // editor meant; otherwise this one would close early and leave the rest of the file confused.
        var state = callout.LastChild is CalloutBlock { IsClosed: false } or FormBlock { IsClosed: false } ? BlockState.Continue : base.TryContinue(processor, block);
        if (state == BlockState.BreakDiscard)
        {
            callout.IsClosed = true;
        }
        else if (state == BlockState.Continue)
        {
            var indent = callout.Column;
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
