using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Pages.Modules;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Site;

internal static class SiteExtensions
{
    public static IServiceCollection AddSelfHelpPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddOptions<RequestLocalizationOptions>().Configure<ContentStore>((options, store) =>
        {
            // One language per site, named by the content folder: never guessed from the browser.
            var culture = new CultureInfo(store.Language);
            options.DefaultRequestCulture = new RequestCulture(culture);
            options.SupportedCultures = [culture];
            options.SupportedUICultures = [culture];
            options.RequestCultureProviders.Clear();
        });

        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new ServiceFilterAttribute(typeof(ReadProgressFilter)));
            options.Conventions.AddFolderApplicationModelConvention("/Modules", model => model.Filters.Add(new ServiceFilterAttribute(typeof(AliasRedirectFilter))));
        });
        services.AddScoped<ReadProgressFilter>();
        services.AddScoped<AliasRedirectFilter>();
        return services;
    }
}
