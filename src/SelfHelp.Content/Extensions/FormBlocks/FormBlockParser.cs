using Markdig.Parsers;
using Markdig.Syntax;

namespace SelfHelp.Content.Extensions.FormBlocks;

/// <summary>Parses <c>:::exercise</c>, <c>:::starting-point</c> and <c>:::reflection</c> fences as YAML leaf blocks.</summary>
internal sealed class FormBlockParser : FencedBlockParserBase<FormBlock>
{
    /// <summary>The block names this parser accepts.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "exercise", "starting-point", "reflection",
    };

    /// <summary>Creates the parser.</summary>
    public FormBlockParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null;
    }

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        return Names.Contains(Fences.PeekName(processor.Line)) ? base.TryOpen(processor) : BlockState.None;
    }

    /// <inheritdoc />
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var state = base.TryContinue(processor, block);
        if (state == BlockState.BreakDiscard)
        {
            ((FormBlock)block).IsClosed = true;
        }

        return state;
    }

    /// <inheritdoc />
    protected override FormBlock CreateFencedBlock(BlockProcessor processor) => new(this);
}
