using System.Globalization;
using Microsoft.AspNetCore.Localization;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Languages;

internal static class LanguageExtensions
{
    /// <summary>One language per site, named by the content folder, never guessed from the browser (ADR 0001).</summary>
    public static IServiceCollection AddSelfHelpLanguage(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddOptions<RequestLocalizationOptions>().Configure<ContentSource>((options, content) =>
        {
            var culture = new CultureInfo(content.Language);
            options.DefaultRequestCulture = new RequestCulture(culture);
            options.SupportedCultures = [culture];
            options.SupportedUICultures = [culture];
            options.RequestCultureProviders.Clear();
        });
        return services;
    }
}
