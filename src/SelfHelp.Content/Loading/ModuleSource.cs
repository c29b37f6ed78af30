using Markdig.Syntax;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Loading;

/// <summary>A module file after parsing and before rendering: its front matter and its blocks split into steps.</summary>
internal sealed class ModuleSource
{
    public required string Path { get; init; }

    public required ProblemList Problems { get; init; }

    public required FrontMatter FrontMatter { get; init; }

    public required MarkdownDocument Document { get; init; }

    public required List<Block> Introduction { get; init; }

    public required List<StepSource> Steps { get; init; }

    /// <summary>Every form read while building the module, for the checks across the module and the programme.</summary>
    public List<FormSource> Forms { get; } = [];
}
