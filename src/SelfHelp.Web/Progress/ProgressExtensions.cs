using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SelfHelp.Web.Progress;

internal static class ProgressExtensions
{
    public static IServiceCollection AddSelfHelpProgress(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProgressOptions>()
            .Bind(configuration.GetSection(ProgressOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PacingOptions>()
            .Bind(configuration.GetSection(PacingOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => Pacing.IsKnownTimeZone(o.TimeZone), "Pacing:TimeZone must be an IANA time zone id, such as Europe/London.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Pacing>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ProgressProtector>();
        services.AddScoped<ProgressStore>();
        return services;
    }
}
