namespace SelfHelp.Content.Catalogue;

/// <summary>How emotionally demanding a module is likely to be.</summary>
public enum Intensity
{
    /// <summary>Light reading.</summary>
    Low,

    /// <summary>Some harder moments.</summary>
    Medium,

    /// <summary>Hard content: the site offers support before the module starts.</summary>
    High,
}
