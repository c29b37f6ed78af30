namespace SelfHelp.Web.Serving;

/// <summary>
/// Marks a page whose response shows a value taken from the request (its path or query string). Such a response
/// is never compressed, so that an attacker who can choose that value and watch response sizes cannot use
/// compression to guess the other things on the page (BREACH; see docs/adr/0005-compression-and-breach.md).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReflectsRequestInputAttribute : Attribute;
