using System.Collections.Immutable;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Web.ContentHosting;

/// <summary>
/// One version of everything loaded from the content folder, never changed once made: a reload makes a new
/// snapshot and swaps it in whole.
/// </summary>
/// <param name="Content">The catalogue, helplines, distress phrases, retired codes and start guide being served.</param>
/// <param name="Errors">The errors of the most recent load; empty when it was clean. When they are not empty, the content served is the last good one.</param>
/// <param name="IsLoaded">False only before the first load.</param>
public sealed record ContentSnapshot(ContentLoadResult Content, ImmutableArray<ContentProblem> Errors, bool IsLoaded);
