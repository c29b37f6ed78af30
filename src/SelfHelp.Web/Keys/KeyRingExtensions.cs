using Microsoft.AspNetCore.DataProtection;

namespace SelfHelp.Web.Keys;

internal static class KeyRingExtensions
{
    /// <summary>Application name shared by every instance that must read each other's cookies.</summary>
    public const string ApplicationName = "SelfHelp";

    public static IServiceCollection AddSelfHelpKeyRing(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<KeyRingOptions>()
            .Bind(configuration.GetSection(KeyRingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var configured = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>()?.Path;
        var path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? ".keys" : configured, environment.ContentRootPath);
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(path));
        return services;
    }
}
