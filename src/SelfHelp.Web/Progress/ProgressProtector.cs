using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SelfHelp.Web.Progress;

/// <summary>
/// Encrypts and authenticates progress with Data Protection. The cookie and the saved file use different purposes,
/// so one can never be passed off as the other. Anything that does not unprotect and parse is treated as absent.
/// </summary>
public sealed class ProgressProtector
{
    public const string CookiePurpose = "SelfHelp.Progress.Cookie.v1";
    public const string FilePurpose = "SelfHelp.Progress.File.v1";

    // Far above any valid value (the cookie budget is 7,000 characters); stops work on junk early.
    private const int MaxProtectedLength = 200_000;

    private readonly IDataProtector _cookie;
    private readonly IDataProtector _file;

    public ProgressProtector(IDataProtectionProvider provider)
    {
        _cookie = provider.CreateProtector(CookiePurpose);
        _file = provider.CreateProtector(FilePurpose);
    }

    public string ProtectForCookie(ProgressState state) => Protect(_cookie, state);

    public string ProtectForFile(ProgressState state) => Protect(_file, state);

    public bool TryUnprotectCookie(string? value, out ProgressState state) => TryUnprotect(_cookie, value, out state);

    public bool TryUnprotectFile(string? value, out ProgressState state) => TryUnprotect(_file, value, out state);

    private static string Protect(IDataProtector protector, ProgressState state) =>
        Base64Url.EncodeToString(protector.Protect(ProgressSerializer.Serialize(state)));

    private static bool TryUnprotect(IDataProtector protector, string? value, out ProgressState state)
    {
        state = ProgressState.Empty;
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxProtectedLength)
        {
            return false;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(value.Trim());
            state = ProgressSerializer.Deserialize(protector.Unprotect(bytes));
            return true;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }
    }
}
