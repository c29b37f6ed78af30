using Markdig.Parsers;
using Markdig.Syntax;

namespace SelfHelp.Content.Extensions.FormBlocks;

/// <summary>
/// A <c>:::exercise</c>, <c>:::starting-point</c> or <c>:::reflection</c> fence. Its lines are YAML,
/// read by the loader into a form definition.
/// </summary>
internal sealed class FormBlock : LeafBlock, IFencedBlock
{
    /// <summary>Creates the block for the given parser.</summary>
    public FormBlock(BlockParser parser)
        : base(parser)
    {
        ProcessInlines = false;
    }

    /// <summary>True once the closing <c>:::</c> line has been seen.</summary>
    public bool IsClosed { get; set; }

    /// <inheritdoc />
    public char FencedChar { get; set; }

    /// <inheritdoc />
    public int OpeningFencedCharCount { get; set; }

    /// <inheritdoc />
    public Markdig.Helpers.StringSlice TriviaAfterFencedChar { get; set; }

    /// <inheritdoc />
    public string? Info { get; set; }

    /// <inheritdoc />
    public Markdig.Helpers.StringSlice UnescapedInfo { get; set; }

    /// <inheritdoc />
    public Markdig.Helpers.StringSlice TriviaAfterInfo { get; set; }

    /// <inheritdoc />
    public string? Arguments { get; set; }

    /// <inheritdoc />
    public Markdig.Helpers.StringSlice UnescapedArguments { get; set; }

    /// <inheritdoc />
    public Markdig.Helpers.StringSlice TriviaAfterArguments { get; set; }

    /// <inheritdoc />
    public Markdig.Helpers.NewLine InfoNewLine { get; set; }

    /// <inheritdoc />
    public Markdig.Helpers.StringSlice TriviaBeforeClosingFence { get; set; }

    /// <inheritdoc />
    public int ClosingFencedCharCount { get; set; }
}
