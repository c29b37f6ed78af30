using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace SelfHelp.Web.Keys;

/// <summary>
/// Where the key ring is stored (a folder or Redis), with one rule added (ADR 0003): a key may be added to a ring that
/// already holds keys (Data Protection's rotation every 90 days, or a key made when all have expired), but never to
/// an empty one unless <c>KeyRing:AllowNewRing</c> is set. An empty ring in production means keys that went missing,
/// and a new ring would make everyone's saved progress unreadable for good.
/// </summary>
internal sealed class GuardedXmlRepository(IXmlRepository inner, KeyRingPolicy policy) : IXmlRepository
{
    /// <summary>The storage it guards.</summary>
    public IXmlRepository Inner => inner;

    public IReadOnlyCollection<XElement> GetAllElements() => inner.GetAllElements();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!policy.AllowNewRing && element.Name.LocalName == "key" && !inner.GetAllElements().Any(e => e.Name.LocalName == "key"))
        {
            throw new CryptographicException(
                "The Data Protection key ring is empty and KeyRing:AllowNewRing is off, so no new key ring is made. Restore the keys, or start once with KeyRing:AllowNewRing=true if this is a new site.");
        }

        inner.StoreElement(element, friendlyName);
    }
}
