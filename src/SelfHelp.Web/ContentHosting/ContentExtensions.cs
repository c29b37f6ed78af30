using Microsoft.Extensions.Localization;
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

        // Callout titles ("Tip", "Take care") are UI text: they come from Ui.resx like every other word the site adds.
        services.AddSingleton(provider =>
        {
            var text = provider.GetRequiredService<IStringLocalizer<Ui>>();
            var titles = CalloutKinds.DefaultTitles.Keys.ToDictionary(kind => kind, kind => text[$"Callout.{kind}"].Value, StringComparer.Ordinal);
            var notes = CalloutKinds.DefaultNotes.Keys.ToDictionary(kind => kind, kind => text[$"Callout.{kind}.Note"].Value, StringComparer.Ordinal);
            return new ContentLoader(new ContentLoaderOptions { CalloutTitles = titles, CalloutNotes = notes });
        });
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ContentOptions>>().Value;
            var folder = Path.GetFullPath(options.Path, environment.ContentRootPath);
            return new ContentSource(provider.GetRequiredService<ContentLoader>(), folder, provider.GetRequiredService<ILogger<ContentSource>>());
        });

        // One snapshot per request: see ContentStore.
        services.AddScoped<ContentStore>();
        services.AddHostedService<ContentStartup>();
        return services;
    }
}
