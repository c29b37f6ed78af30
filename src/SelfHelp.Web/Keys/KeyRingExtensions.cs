using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
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
        // Keys are never created by Data Protection itself: KeyRingGuard creates the first one only where that is
        // allowed, and the next one before the current one expires, so an empty ring is never silently replaced.
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName).DisableAutomaticKeyGeneration();
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        services.AddSingleton(new KeyRingPolicy(options.AllowNewRing ?? environment.IsDevelopment()));
        services.AddSingleton<KeyRingGuard>();
        services.AddHostedService(provider => provider.GetRequiredService<KeyRingGuard>());
        if (options.UsesRedis)
        {
            services.AddSingleton<KeyRingRedis>();
            services.AddOptions<KeyManagementOptions>().Configure<KeyRingRedis, IOptions<KeyRingOptions>>((keys, redis, ring) =>
                keys.XmlRepository = new RedisXmlRepository(redis.Database, ring.Value.RedisKey));
        }
        else
        {
            var path = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Path) ? ".keys" : options.Path, environment.ContentRootPath);
            builder.PersistKeysToFileSystem(new DirectoryInfo(path));
        }

        return services;
    }
}

/// <summary>
/// The connection to Redis for the key ring, made on first use rather than at start, and kept open (it reconnects
/// by itself). Until Redis answers, <c>/readyz</c> says the instance is not ready.
/// </summary>
internal sealed class KeyRingRedis(IOptions<KeyRingOptions> options) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection = new(() =>
    {
        var configuration = KeyRingOptions.ParseRedis(options.Value.Redis ?? "")
            ?? throw new InvalidOperationException("KeyRing:Redis is not a valid Redis connection string.");
        configuration.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(configuration);
    });

    public IDatabase Database() => _connection.Value.GetDatabase();

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }
}
