namespace SelfHelp.Web.Progress;

/// <summary>The outcome of saving progress or answers.</summary>
public enum SaveResult
{
    Saved,

    /// <summary>It would not fit in the cookie budget; nothing was written.</summary>
    TooLarge,

    /// <summary>
    /// Nothing can be written now: the key ring cannot protect anything, or the person's saved progress uses a key
    /// the ring does not hold (it is kept as it is until the keys are back). Nothing was written.
    /// </summary>
    Unavailable,
}
