namespace SelfHelp.Web.Keys;

/// <summary>Whether this site may create a key ring when it finds none (<c>KeyRing:AllowNewRing</c>).</summary>
public sealed record KeyRingPolicy(bool AllowNewRing);
