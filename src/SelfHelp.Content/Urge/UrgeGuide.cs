namespace SelfHelp.Content.Urge;

/// <summary>The editors' guide for a hard moment (<c>now.md</c>), rendered once to HTML for the "Help right now" page.</summary>
/// <param name="Html">The rendered guide; empty when there is no file.</param>
public sealed record UrgeGuide(string Html)
{
    /// <summary>No guide: the page shows the plan and the helplines only.</summary>
    public static readonly UrgeGuide None = new("");

    /// <summary>True when editors wrote a guide.</summary>
    public bool IsAvailable => Html.Length > 0;
}
