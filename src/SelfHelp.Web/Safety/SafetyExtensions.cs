using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SelfHelp.Web.Safety;

internal static class SafetyExtensions
{
    public static IServiceCollection AddSelfHelpSafety(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SafetyOptions>()
            .Bind(configuration.GetSection(SafetyOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<SafetyContext>();
        services.AddSingleton<SafetyPanelHtml>();
        return services;
    }
}
