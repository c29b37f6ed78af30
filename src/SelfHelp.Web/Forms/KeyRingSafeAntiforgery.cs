using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SelfHelp.Web.Forms;

/// <summary>
/// The framework's antiforgery, except that a key ring that cannot be used (ADR 0003) gives an empty token and a
/// failed check instead of an exception, so every page still renders and a post gives the person's words back.
/// </summary>
internal sealed class KeyRingSafeAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        try
        {
            return inner.GetAndStoreTokens(httpContext);
        }
        catch (CryptographicException)
        {
            return new AntiforgeryTokenSet("", null, FormToken.None.FieldName, null);
        }
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext)
    {
        try
        {
            return inner.GetTokens(httpContext);
        }
        catch (CryptographicException)
        {
            return new AntiforgeryTokenSet("", null, FormToken.None.FieldName, null);
        }
    }

    public async Task<bool> IsRequestValidAsync(HttpContext httpContext)
    {
        try
        {
            return await inner.IsRequestValidAsync(httpContext);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public async Task ValidateRequestAsync(HttpContext httpContext)
    {
        try
        {
            await inner.ValidateRequestAsync(httpContext);
        }
        catch (CryptographicException ex)
        {
            throw new AntiforgeryValidationException("The key ring cannot be used.", ex);
        }
    }

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
}
