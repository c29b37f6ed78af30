namespace SelfHelp.Web.Forms;

/// <summary>
/// Marks a page where people type. When a post to it is refused before it reaches the page (too many posts in a
/// minute, <see cref="Security.RequestLimits"/>), the "please wait" page gives every word back in a form that saves
/// them again, instead of trusting the browser to keep them when the person goes back.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GivesWordsBackAttribute : Attribute;
