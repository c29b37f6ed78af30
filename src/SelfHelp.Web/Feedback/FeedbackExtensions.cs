using Microsoft.Extensions.Options;
using SelfHelp.Web.Keys;

namespace SelfHelp.Web.Feedback;

internal static class FeedbackExtensions
{
    public static IServiceCollection AddSelfHelpFeedback(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<FeedbackOptions>()
            .Bind(configuration.GetSection(FeedbackOptions.Section))
            .ValidateDataAnnotations()
            .Validate<IOptions<KeyRingOptions>>(
                (feedback, keys) => feedback.Store != FeedbackStoreKind.Redis || keys.Value.UsesRedis,
                "Feedback:Store is Redis, but KeyRing:Redis is not set: feedback is counted in the key ring's Redis. Set KeyRing:Redis, or use Feedback:Store=Sqlite on one machine.")
            .ValidateOnStart();
        services.AddSingleton<IFeedbackStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<FeedbackOptions>>().Value;
            return options.Store switch
            {
                FeedbackStoreKind.Off => new OffFeedbackStore(),
                FeedbackStoreKind.Redis => new RedisFeedbackStore(
                    () => provider.GetRequiredService<KeyRingRedis>().Database(), options.RedisKey, provider.GetRequiredService<ILogger<RedisFeedbackStore>>()),
                _ => new SqliteFeedbackStore(
                    Path.GetFullPath(options.Path, environment.ContentRootPath), provider.GetRequiredService<ILogger<SqliteFeedbackStore>>()),
            };
        });
        return services;
    }
}
