using Markdig.Syntax;

namespace SelfHelp.Content.Loading;

internal sealed record StepSource(string Title, int Line, List<Block> Blocks);
