namespace SelfHelp.Web.Progress;

/// <summary>
/// Reading preferences kept in the progress cookie and applied as classes on the page's root element, so they
/// work without JavaScript.
/// </summary>
public static class ReadingPreferences
{
    public const string TextSize = "text";
    public const string Spacing = "spacing";
    public const string Theme = "theme";

    /// <summary>Allowed values per preference; the first is the default and is not stored.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Choices = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [TextSize] = ["normal", "large", "larger"],
        [Spacing] = ["normal", "wide"],

        // "system" follows the device's light or dark setting (prefers-color-scheme) and needs no class.
        [Theme] = ["system", "light", "dark", "contrast"],
    };

    public static string Value(ProgressState state, string preference) =>
        state.Preferences.GetValueOrDefault(preference) is { } value && Choices[preference].Contains(value)
            ? value
            : Choices[preference][0];

    /// <summary>The classes for the root element, such as <c>text-large spacing-wide theme-dark</c>.</summary>
    public static string Classes(ProgressState state) =>
        string.Join(' ', Choices.Keys
            .Select(p => (Preference: p, Value: Value(state, p)))
            .Where(x => x.Value != Choices[x.Preference][0])
            .Select(x => $"{x.Preference}-{x.Value}"));

    /// <summary>Sets a preference from a posted value; unknown values leave it unchanged.</summary>
    public static ProgressState With(ProgressState state, string preference, string? value) =>
        value is null || !Choices[preference].Contains(value)
            ? state
            : state.WithPreference(preference, value == Choices[preference][0] ? null : value);
}
