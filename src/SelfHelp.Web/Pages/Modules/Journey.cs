using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages.Modules;

/// <summary>Where a person goes next: the one rule behind "Continue" on the home page and every "Next module" link.</summary>
public static class Journey
{
    /// <summary>
    /// The module to suggest after <paramref name="current"/>. With a suggested order (from "where to start"), the
    /// next unfinished module on it, wrapping round to its start; once everything on it is finished, or without one,
    /// the next unfinished module in programme order, wrapping round. Never the current module; null when every
    /// other module is finished.
    /// </summary>
    public static Module? NextModule(ContentCatalogue catalogue, ProgressState state, Module current)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(state);
        bool Open(Module module) => module != current && !state.For(module.Id).Completed;

        return After(RecommendedPath.Modules(catalogue, state), current, Open) ?? After(catalogue.Modules, current, Open);
    }

    /// <summary>
    /// Where "Continue" takes someone who has read something: the next unread step after where they left off in the
    /// module they were reading (never back: with none after it, the step they were on, since the last step holds
    /// the finish form); once that module is finished, the next module (<see cref="NextModule"/>): its first unread step if they began it, else
    /// its overview page (<see cref="Continuation.Step"/> null). Null before anything was read, or when every
    /// module is finished.
    /// </summary>
    public static Continuation? Continue(ContentCatalogue catalogue, ProgressState state)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(state);
        if (state.LastPosition is not { } position
            || (catalogue.FindModule(position.ModuleId) ?? (catalogue.ResolveAlias(position.ModuleId) is { } id ? catalogue.FindModule(id) : null)) is not { } module
            || module.Steps.IsEmpty)
        {
            return null;
        }

        var progress = state.For(module.Id);
        if (!progress.Completed)
        {
            var at = module.Steps.FirstOrDefault(s => StepKey.For(s) == position.Step);
            var unread = module.Steps.SkipWhile(s => at is not null && s != at).Skip(at is null ? 0 : 1).FirstOrDefault(s => !progress.HasRead(s))
                ?? at
                ?? module.Steps[^1];
            return new Continuation(module, unread);
        }

        if (NextModule(catalogue, state, module) is not { } next)
        {
            return null;
        }

        var nextProgress = state.For(next.Id);
        return new Continuation(next, nextProgress.AnyRead ? next.Steps.FirstOrDefault(s => !nextProgress.HasRead(s)) : null);
    }

    private static Module? After(ImmutableArray<Module> order, Module current, Func<Module, bool> open)
    {
        var index = order.IndexOf(current);
        IEnumerable<Module> later = index < 0 ? order : order.Skip(index + 1);
        return later.FirstOrDefault(open) ?? order.FirstOrDefault(open);
    }
}
