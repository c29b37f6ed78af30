using System.Globalization;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Languages;

/// <summary>A language's name in that language, as the switcher shows it ("Deutsch", "English", "Français").</summary>
internal static class LanguageNames
{
    public static string Native(string code)
    {
        if (!ContentLanguages.IsLanguageCode(code))
        {
            return code;
        }

        var culture = CultureInfo.GetCultureInfo(code);
        var name = culture.IsNeutralCulture ? culture.NativeName : culture.Parent.NativeName;
        return name.Length == 0 ? code : char.ToUpper(name[0], culture) + name[1..];
    }
}
