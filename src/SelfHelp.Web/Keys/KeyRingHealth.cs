namespace SelfHelp.Web.Keys;

/// <summary>What the key ring looked like at the last check.</summary>
public enum KeyRingHealth
{
    Unknown,
    Ready,

    /// <summary>The ring holds no keys, and the site may not create one: the folder or Redis has lost them.</summary>
    Empty,

    /// <summary>The ring could not be read at all (permissions, Redis down).</summary>
    Unreadable,
}
