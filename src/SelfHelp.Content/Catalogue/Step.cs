using System.Collections.Immutable;

namespace SelfHelp.Content.Catalogue;

/// <summary>One page of a module: everything under one level-2 heading.</summary>
/// <param name="Number">1-based position; used in URLs.</param>
/// <param name="Id">Stable slug of the heading; used to remember which steps were read.</param>
/// <param name="Title">The heading text.</param>
/// <param name="Minutes">Estimated minutes to read and do the step.</param>
/// <param name="Parts">The rendered content and forms, in order.</param>
public sealed record Step(int Number, string Id, string Title, int Minutes, ImmutableArray<ContentPart> Parts)
{
    /// <summary>The forms (exercises, reflection) on this step.</summary>
    public IEnumerable<FormBlockPart> Forms => Parts.OfType<FormBlockPart>();
}
