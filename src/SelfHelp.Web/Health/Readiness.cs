using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Keys;

namespace SelfHelp.Web.Health;

/// <summary>
/// Ready means the content is loaded and the Data Protection key ring holds keys and can protect. An instance that
/// cannot would treat everyone's progress as unreadable, so a load balancer must not send it anyone. The key ring is
/// cached in memory by Data Protection, so the check is cheap enough to make on every call.
/// </summary>
internal sealed class Readiness(ContentSource content, IDataProtectionProvider protection, KeyRingGuard? guard, ILogger<Readiness> logger)
{
    public Readiness(ContentSource content, IDataProtectionProvider protection, ILogger<Readiness> logger)
        : this(content, protection, null, logger)
    {
    }

    /// <summary>Null when ready; otherwise why not, in a few words.</summary>
    public string? Check()
    {
        if (!content.Current.IsLoaded)
        {
            return "content not loaded";
        }

        switch (guard?.Health)
        {
            case KeyRingHealth.Empty:
                return "key ring empty";
            case KeyRingHealth.Unreadable:
                return "key ring not readable";
        }

        try
        {
            protection.CreateProtector("SelfHelp.Readiness.v1").Protect([1]);
            _failing = false;
            return null;
        }
        catch (CryptographicException ex)
        {
            // Logged when it starts failing, not at every probe of a load balancer.
            if (!_failing)
            {
                logger.LogWarning(ex, "Not ready: the Data Protection key ring could not be used");
            }

            _failing = true;
            return "key ring not readable";
        }
    }

    private volatile bool _failing;
}
