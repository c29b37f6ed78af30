using Microsoft.Extensions.Options;
using SelfHelp.Content.Extensions.Callouts;
using SelfHelp.Content.Loading;

namespace SelfHelp.Web.ContentHosting;

internal static class ContentExtensions
{
    public static IServiceCollection AddSelfHelpContent(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<ContentOptions>()
            .Bind(configuration.GetSection(ContentOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(_ => new ContentLoader(new ContentLoaderOptions { CalloutTitles = CalloutKinds.DefaultTitles }));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ContentOptions>>().Value;
            var folder = Path.GetFullPath(options.Path, environment.ContentRootPath);
            return new ContentStore(provider.GetRequiredService<ContentLoader>(), folder, provider.GetRequiredService<ILogger<ContentStore>>());
        });
        services.AddHostedService<ContentStartup>();
        return services;
    }
}
