using Microsoft.AspNetCore.Components;

namespace SelfHelp.Web.Components;

/// <summary>
/// The path a component's links start from: <c>/</c>, or <c>/de/</c> on a German page (ADR 0010). A component rendered
/// by a page gets the page's base from its NavigationManager, so its links stay in the page's language.
/// </summary>
internal static class SiteRoot
{
    public static string Of(NavigationManager navigation)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        return new Uri(navigation.BaseUri).AbsolutePath;
    }
}
