using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace SelfHelp.Web.Site;

internal static class SiteExtensions
{
    public static IServiceCollection AddSelfHelpSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .ValidateDataAnnotations()
            .Validate<IHostEnvironment>(
                (site, environment) => environment.IsDevelopment() || !site.Operator.Contains("set Site:Operator", StringComparison.OrdinalIgnoreCase),
                "Site:Operator is still the placeholder from appsettings.json: set Site:Operator to the name of the organisation that runs the site (it is shown on the About page).")
            .ValidateOnStart();

        // The Host names the site answers to come from Site:PublicOrigin (see HostNames); anything in AllowedHosts is
        // added to them, for a second public name.
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<SiteOptions>>((hosts, site) =>
        {
            hosts.AllowedHosts = HostNames.Allowed(site.Value, configuration["AllowedHosts"]);
            hosts.AllowEmptyHosts = true;
            hosts.IncludeFailureMessage = false;
        });
        services.AddSingleton<PageLinks>();
        return services;
    }

    /// <summary>
    /// A request without a Host header (HTTP/1.0, as some health probes send) is treated as one for the public
    /// host; a Host that is not a valid host name gets a bare 400. The host filter before this has already refused
    /// names the site does not answer to.
    /// </summary>
    public static void UseSelfHelpHostNames(this WebApplication app)
    {
        var origin = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.PublicOriginUri!;
        var publicHost = new HostString(origin.Authority);
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!request.Host.HasValue)
            {
                request.Host = publicHost;
            }
            else if (!HostNames.IsValid(request.Host))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            return next(context);
        });
    }
}
