using Microsoft.AspNetCore.Antiforgery;

namespace SelfHelp.Web.Components;

/// <summary>The antiforgery field a static component must put in each form it renders.</summary>
/// <param name="FieldName">The hidden field's name.</param>
/// <param name="Value">The request token.</param>
public sealed record FormToken(string FieldName, string Value)
{
    public static FormToken For(IAntiforgery antiforgery, HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
    }
}
