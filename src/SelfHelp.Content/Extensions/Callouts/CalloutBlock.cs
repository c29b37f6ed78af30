using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SelfHelp.Content.Extensions.Callouts;

/// <summary>A <c>:::tip</c>, <c>:::take-care</c> or <c>:::important</c> box holding ordinary Markdown.</summary>
internal sealed class CalloutBlock : ContainerBlock, IFencedBlock
{
    /// <summary>Creates the block for the given parser.</summary>
    public CalloutBlock(BlockParser parser)
        : base(parser)
    {
    }

    /// <summary>True once the closing <c>:::</c> line has been seen.</summary>
    public bool IsClosed { get; set; }

    /// <inheritdoc />
    public char FencedChar { get; set; }

    /// <inheritdoc />
    public int OpeningFencedCharCount { get; set; }

    /// <inheritdoc />
    public StringSlice TriviaAfterFencedChar { get; set; }

    /// <inheritdoc />
    public string? Info { get; set; }

    /// <inheritdoc />
    public StringSlice UnescapedInfo { get; set; }

    /// <inheritdoc />
    public StringSlice TriviaAfterInfo { get; set; }

    /// <inheritdoc />
    public string? Arguments { get; set; }

    /// <inheritdoc />
    public StringSlice UnescapedArguments { get; set; }

    /// <inheritdoc />
    public StringSlice TriviaAfterArguments { get; set; }

    /// <inheritdoc />
    public NewLine InfoNewLine { get; set; }

    /// <inheritdoc />
    public StringSlice TriviaBeforeClosingFence { get; set; }

    /// <inheritdoc />
    public int ClosingFencedCharCount { get; set; }
}
