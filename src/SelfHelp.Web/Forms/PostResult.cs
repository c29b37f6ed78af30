using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Content.Distress;

namespace SelfHelp.Web.Forms;

/// <summary>The outcome of one post: immutable, for the page to render or redirect from.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Go">Where the person asked to go.</param>
/// <param name="FormId">The form whose own Save button was pressed, if any (where the page scrolls back to).</param>
/// <param name="States">What each form shows if the page is rendered again: the posted values, errors, status.</param>
/// <param name="Errors">Error summary entries: anchor to message.</param>
/// <param name="Concern">What the saved answers suggested (nothing, almost always). Never logged or stored.</param>
/// <param name="File">The download, for <see cref="PostOutcome.Download"/>.</param>
public sealed record PostResult(
    PostOutcome Outcome,
    GoTo Go,
    string? FormId,
    ImmutableDictionary<string, FormState> States,
    ImmutableArray<KeyValuePair<string, string>> Errors,
    DistressResult Concern,
    FileContentResult? File = null)
{
    /// <summary>For <see cref="PostOutcome.PageChanged"/>: what was written in forms the page no longer has.</summary>
    public ImmutableArray<string> Orphans { get; init; } = [];

    public bool Redirects => Outcome == PostOutcome.Saved && Concern.IsEmpty;
}
