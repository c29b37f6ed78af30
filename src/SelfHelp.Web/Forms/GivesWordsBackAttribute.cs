namespace SelfHelp.Web.Forms;

/// <summary>
/// Marks a page where people type. When a post to it fails before anything is saved (too many posts in a minute,
/// <see cref="Security.RequestLimits"/>; the page gone; a failure), the error page gives every word back
/// (<see cref="WordsGivenBackReader"/>), instead of trusting the browser to keep them when the person goes back.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GivesWordsBackAttribute : Attribute;
