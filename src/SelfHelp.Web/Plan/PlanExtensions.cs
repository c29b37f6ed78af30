namespace SelfHelp.Web.Plan;

internal static class PlanExtensions
{
    public static IServiceCollection AddSelfHelpPlan(this IServiceCollection services)
    {
        services.AddScoped<PlanPost>();
        return services;
    }
}
