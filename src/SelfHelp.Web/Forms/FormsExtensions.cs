using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SelfHelp.Web.Forms;

internal static class FormsExtensions
{
    public static IServiceCollection AddSelfHelpForms(this IServiceCollection services)
    {
        services.AddScoped<FormPost>();
        services.AddSingleton<WordsGivenBackReader>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "sh-af";
            options.FormFieldName = "__token";

            // One token cookie for the whole site: the default path is the PathBase, which would give each language
            // (/de) a cookie of its own with the same name (ADR 0010).
            options.Cookie.Path = "/";

            // Secure whenever the request is HTTPS, which behind a proxy means X-Forwarded-Proto said so.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Antiforgery tokens are protected with the key ring too: when it cannot be used, pages must still render.
        var inner = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.RemoveAll<IAntiforgery>();
        services.AddSingleton<IAntiforgery>(provider => new KeyRingSafeAntiforgery((IAntiforgery)ActivatorUtilities.CreateInstance(provider, inner.ImplementationType!)));
        return services;
    }
}
