using SelfHelp.Content.Catalogue;

namespace SelfHelp.Web.Progress;

/// <summary>
/// The short, stable number under which a step's "read" mark is kept: a 16-bit hash of the step's id (the slug of
/// its heading). Inserting, removing or reordering steps leaves every other step's key alone; renaming a heading
/// gives that one step a new key, so only its "read" mark is forgotten (ADR 0002).
/// </summary>
public static class StepKey
{
    public static ushort For(Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return For(step.Id);
    }

    /// <summary>FNV-1a over the id's UTF-16 code units, folded to 16 bits: the same on every machine and runtime.</summary>
    public static ushort For(string stepId)
    {
        ArgumentNullException.ThrowIfNull(stepId);
        var hash = 2166136261u;
        foreach (var c in stepId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (ushort)((hash >> 16) ^ (hash & 0xFFFF));
    }
}
