using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;

namespace SelfHelp.Content.Loading;

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
