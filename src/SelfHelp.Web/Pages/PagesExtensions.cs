using Microsoft.AspNetCore.Mvc;
using SelfHelp.Web.Pages.Modules;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Pages;

internal static class PagesExtensions
{
    public static IServiceCollection AddSelfHelpPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.Add(new PageMethodsConvention());
            options.Conventions.ConfigureFilter(new MissingRouteValueFilter());
            options.Conventions.ConfigureFilter(new ServiceFilterAttribute(typeof(ReadProgressFilter)));
            options.Conventions.AddFolderApplicationModelConvention("/Modules", model => model.Filters.Add(new ServiceFilterAttribute(typeof(AliasRedirectFilter))));
        });
        services.AddScoped<ReadProgressFilter>();
        services.AddScoped<AliasRedirectFilter>();
        return services;
    }
}
