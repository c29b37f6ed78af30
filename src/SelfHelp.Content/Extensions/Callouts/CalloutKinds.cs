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
        ["voice"] = "A composite voice",
    };

    /// <summary>
    /// Name to a fixed English note shown under the title, which editors cannot change or leave out. A <c>:::voice</c>
    /// is always labelled as a composite, so that it can never pass for a real person's words.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultNotes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["voice"] = "Written by this programme's authors from what people in this situation often say. These are not one real person's words.",
    };
}
