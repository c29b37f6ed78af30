using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;

namespace SelfHelp.Web.Progress;

/// <summary>The modules of a person's suggested order, as the content is now.</summary>
public static class RecommendedPath
{
    /// <summary>
    /// The path's modules in order. Old ids follow their aliases; modules removed since are skipped, so a path
    /// chosen months ago still works after editors rename or retire modules.
    /// </summary>
    public static ImmutableArray<Module> Modules(ContentCatalogue catalogue, ProgressState state)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(state);
        return [.. state.Path
            .Select(id => catalogue.FindModule(id) ?? (catalogue.ResolveAlias(id) is { } current ? catalogue.FindModule(current) : null))
            .OfType<Module>()
            .Distinct()];
    }
}
