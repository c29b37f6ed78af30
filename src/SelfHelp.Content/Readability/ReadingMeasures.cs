namespace SelfHelp.Content.Readability;

/// <summary>Which formula and syllable counter score a language's text; null for a language without one.</summary>
public static class ReadingMeasures
{
    /// <summary>The formula for a language folder's name (<c>en</c>, <c>en-GB</c>, <c>de</c>, <c>de-AT</c>), or null.</summary>
    public static ReadingFormula? For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = language.Split('-')[0].ToLowerInvariant();
        return primary switch
        {
            "en" => ReadingFormula.FleschKincaid,
            "de" => ReadingFormula.WienerSachtextformel,
            _ => null,
        };
    }

    /// <summary>The formula's name, as messages show it.</summary>
    public static string Name(ReadingFormula formula) => formula switch
    {
        ReadingFormula.WienerSachtextformel => "Wiener Sachtextformel",
        _ => "Flesch–Kincaid",
    };
}
