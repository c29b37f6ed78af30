using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

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

        // Set explicitly: the default is derived from the content root's path, which differs between machines.
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .UseCryptographicAlgorithms(KeyRingAlgorithm.ForNewKeys());
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var policy = new KeyRingPolicy(options.AllowNewRing ?? environment.IsDevelopment());
        services.AddSingleton(policy);
        services.AddSingleton<KeyRingGuard>();
        services.AddHostedService(provider => provider.GetRequiredService<KeyRingGuard>());

        // The ring's storage, wrapped so that an empty ring is never silently replaced (ADR 0003).
        if (options.UsesRedis)
        {
            services.AddSingleton<KeyRingRedis>();
            services.AddOptions<KeyManagementOptions>().Configure<KeyRingRedis, IOptions<KeyRingOptions>>((keys, redis, ring) =>
                keys.XmlRepository = new GuardedXmlRepository(new RedisXmlRepository(redis.Database, ring.Value.RedisKey), policy));
        }
        else
        {
            var path = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Path) ? ".keys" : options.Path, environment.ContentRootPath);
            services.AddOptions<KeyManagementOptions>().Configure<ILoggerFactory>((keys, logging) =>
                keys.XmlRepository = new GuardedXmlRepository(new FileSystemXmlRepository(new DirectoryInfo(path), logging), policy));
        }

        return services;
    }
}
