namespace SelfHelp.Web.Progress;

/// <summary>What came of reading a protected value.</summary>
public enum Unprotected
{
    Read,

    /// <summary>Absent, malformed, tampered with or of the wrong kind: it can never be read, so it may be cleared.</summary>
    Invalid,

    /// <summary>
    /// Protected with a key this site's key ring does not hold (now). It may be readable again when the keys are
    /// back, so it must be kept as it is (ADR 0003).
    /// </summary>
    KeyMissing,
}
