namespace SelfHelp.Content.Extensions.Callouts;

/// <summary>The callout names editors may use, with their default titles in English.</summary>
public static class CalloutKinds
{
    /// <summary>Name to default English title.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultTitles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tip"] = "Tip",
        ["take-care"] = "Take care",
        ["important"] = "Important",
    };
}
