using System.Collections.Immutable;
using Markdig.Syntax;
using SelfHelp.Content.Catalogue;
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

internal sealed record StepSource(string Title, int Line, List<Block> Blocks);

internal sealed record FrontMatter(
    string Id,
    int IdLine,
    string Title,
    string Summary,
    int Order,
    int OrderLine,
    int? Minutes,
    Intensity Intensity,
    ImmutableArray<string> Objectives,
    ImmutableArray<(string Value, int Line)> Aliases);
