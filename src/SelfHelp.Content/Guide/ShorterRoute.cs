using System.Collections.Immutable;

namespace SelfHelp.Content.Guide;

/// <summary>
/// A shorter way through the programme, chosen by editors (<c>shorter-route</c> in <c>start.yml</c>): a handful of
/// modules for someone who feels overwhelmed by the whole programme. Shown on the programme overview and on the
/// "where to start" page; every other module stays open.
/// </summary>
/// <param name="Title">The heading, such as "A shorter way through".</param>
/// <param name="Intro">One or two sentences on who it is for and how to pace it; optional.</param>
/// <param name="Modules">Module ids in the order to take them.</param>
public sealed record ShorterRoute(string Title, string? Intro, ImmutableArray<string> Modules);
