using System.Globalization;
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

        // One source per language folder, each with its own loader: callout titles ("Tip", "Take care") are UI text
        // from Ui.<lang>.resx, and module links carry the language's URL prefix (/de/modules/...).
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ContentOptions>>().Value;
            var root = Path.GetFullPath(options.Path, environment.ContentRootPath);
            var folders = LanguageFolders.Find(root);
            var text = provider.GetRequiredService<IStringLocalizer<Ui>>();
            var logger = provider.GetRequiredService<ILogger<ContentSource>>();
            var defaultFolder = folders.Count == 1
                ? folders[0]
                : folders.FirstOrDefault(f => string.Equals(Path.GetFileName(f), options.DefaultLanguage, StringComparison.OrdinalIgnoreCase));
            if (folders.Count == 0 || defaultFolder is null)
            {
                // ContentStartup explains the problem at start; serve nothing until then.
                var missing = new ContentSource(new ContentLoader(), Path.Combine(root, options.DefaultLanguage), logger);
                return new ContentLanguages(missing, []);
            }

            var prefix = folders.Count == 1 ? "" : null;
            ContentSource Source(string folder)
            {
                var language = Path.GetFileName(folder);
                var urlPrefix = prefix ?? (folder == defaultFolder ? "" : "/" + language);
                return new ContentSource(LoaderFor(text, language, urlPrefix), folder, logger);
            }

            return new ContentLanguages(Source(defaultFolder), folders.Where(f => f != defaultFolder).Select(Source));
        });
        services.AddSingleton(provider => provider.GetRequiredService<ContentLanguages>().Default);

        // One snapshot per request: see ContentStore.
        services.AddScoped<Languages.RequestLanguage>();
        services.AddScoped(provider => new ContentStore(provider.GetRequiredService<Languages.RequestLanguage>().Source));
        services.AddHostedService<ContentStartup>();
        return services;
    }

    private static ContentLoader LoaderFor(IStringLocalizer<Ui> text, string language, string urlPrefix)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = ContentLanguages.IsLanguageCode(language) ? CultureInfo.GetCultureInfo(language) : CultureInfo.InvariantCulture;
            var titles = CalloutKinds.DefaultTitles.Keys.ToDictionary(kind => kind, kind => text[$"Callout.{kind}"].Value, StringComparer.Ordinal);
            var notes = CalloutKinds.DefaultNotes.Keys.ToDictionary(kind => kind, kind => text[$"Callout.{kind}.Note"].Value, StringComparer.Ordinal);
            return new ContentLoader(new ContentLoaderOptions
            {
                CalloutTitles = titles,
                CalloutNotes = notes,
                ModuleUrl = (id, step) => step is null ? $"{urlPrefix}/modules/{id}" : $"{urlPrefix}/modules/{id}/{step}",
            });
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
