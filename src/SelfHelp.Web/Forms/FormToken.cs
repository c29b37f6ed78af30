using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;

namespace SelfHelp.Web.Forms;

/// <summary>The antiforgery field a page must put in each form it renders.</summary>
/// <param name="FieldName">The hidden field's name.</param>
/// <param name="Value">The request token.</param>
public sealed record FormToken(string FieldName, string Value)
{
    /// <summary>No token: the key ring cannot make one now. The form still renders; a post gives the words back.</summary>
    public static readonly FormToken None = new("__token", "");

    public static FormToken For(IAntiforgery antiforgery, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        try
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
        }
        catch (CryptographicException)
        {
            return None;
        }
    }
}
