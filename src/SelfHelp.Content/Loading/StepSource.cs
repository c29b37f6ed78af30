using Markdig.Syntax;

namespace SelfHelp.Content.Loading;

/// <param name="Title">The heading's text, without a trailing <c>{#id}</c>.</param>
/// <param name="Id">The id written as <c>{#id}</c> at the end of the heading (translations use the original's id), or null to take the slug of the title.</param>
/// <param name="Line">The heading's line.</param>
/// <param name="Blocks">The step's blocks after the heading.</param>
internal sealed record StepSource(string Title, string? Id, int Line, List<Block> Blocks);
