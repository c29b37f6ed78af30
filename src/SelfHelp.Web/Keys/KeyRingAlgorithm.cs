using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;

namespace SelfHelp.Web.Keys;

/// <summary>The algorithm of every new key in the ring (ADR 0012).</summary>
public static class KeyRingAlgorithm
{
    /// <summary>
    /// AES-256-GCM: authenticated encryption, as strong as the framework's default (AES-256-CBC with HMAC-SHA256) and
    /// two to three times cheaper per cookie. Keys made before keep their own algorithm, so the cookies they protected
    /// still read until those keys expire.
    /// </summary>
    public static AuthenticatedEncryptorConfiguration ForNewKeys() => new() { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM };
}
