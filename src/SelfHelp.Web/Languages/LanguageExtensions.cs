using System.Globalization;
using Microsoft.AspNetCore.Localization;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Languages;

internal static class LanguageExtensions
{
    /// <summary>
    /// Every language folder under Content:Path; the request's language comes from its URL prefix (ADR 0010), never
    /// from its address. The culture is set by <see cref="LanguageMiddleware"/>, so no framework provider runs.
    /// </summary>
    public static IServiceCollection AddSelfHelpLanguage(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddOptions<RequestLocalizationOptions>().Configure<ContentLanguages>((options, languages) =>
        {
            var cultures = languages.Codes.Where(ContentLanguages.IsLanguageCode).Select(CultureInfo.GetCultureInfo).ToList();
            var defaultCulture = cultures.FirstOrDefault() ?? CultureInfo.GetCultureInfo("en");
            options.DefaultRequestCulture = new RequestCulture(defaultCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders.Clear();
            options.RequestCultureProviders.Add(new CustomRequestCultureProvider(context =>
            {
                var code = context.RequestServices.GetRequiredService<RequestLanguage>().Code;
                return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(code));
            }));
        });
        return services;
    }
}
