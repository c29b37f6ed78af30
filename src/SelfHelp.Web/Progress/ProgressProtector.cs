using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace SelfHelp.Web.Progress;

/// <summary>
/// Encrypts and authenticates progress with Data Protection. The progress cookie, the answer cookies and the saved
/// file use different purposes, so one can never be passed off as another. Anything that does not unprotect and
/// parse is treated as absent, except a value whose key is missing from the key ring, which is reported as such.
/// </summary>
public sealed class ProgressProtector
{
    public const string CookiePurpose = "SelfHelp.Progress.Cookie.v1";
    public const string AnswersPurpose = "SelfHelp.Progress.Answers.v1";
    public const string FilePurpose = "SelfHelp.Progress.File.v1";

    // Far above any valid value (a file holds the whole notebook); stops work on junk early.
    private const int MaxProtectedLength = 400_000;

    // Data Protection's payload: a 4-byte magic header, then the 16-byte id of the key that protected it.
    private static readonly byte[] MagicHeader = [0x09, 0xF0, 0xC9, 0xF0];

    private readonly IDataProtector _cookie;
    private readonly IDataProtector _answers;
    private readonly IDataProtector _file;
    private readonly IKeyManager? _keys;
    private readonly TimeProvider _clock;
    private KnownKeySnapshot? _knownKeys;

    public ProgressProtector(IDataProtectionProvider provider, IServiceProvider services)
    {
        _cookie = provider.CreateProtector(CookiePurpose);
        _answers = provider.CreateProtector(AnswersPurpose);
        _file = provider.CreateProtector(FilePurpose);
        _keys = services.GetService<IKeyManager>();
        _clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
    }

    /// <summary>Protects the progress cookie. Throws <see cref="CryptographicException"/> when the key ring cannot be used.</summary>
    public string ProtectForCookie(ProgressState state) => Protect(_cookie, ProgressSerializer.Serialize(state));

    public string ProtectAnswers(ModuleAnswers answers) => Protect(_answers, ProgressSerializer.SerializeAnswers(answers));

    public string ProtectForFile(ProgressState state, Notebook notebook) => Protect(_file, ProgressSerializer.SerializeFile(state, notebook));

    public Unprotected TryUnprotectCookie(string? value, out StoredProgress stored)
    {
        var result = TryUnprotect(_cookie, value, out var bytes);
        stored = result == Unprotected.Read && TryParse(bytes, b => ProgressSerializer.Deserialize(b), out var read) ? read : Empty;
        return result == Unprotected.Read && ReferenceEquals(stored, Empty) ? Unprotected.Invalid : result;
    }

    public Unprotected TryUnprotectAnswers(string? value, out ModuleAnswers answers)
    {
        var result = TryUnprotect(_answers, value, out var bytes);
        answers = result == Unprotected.Read && TryParse(bytes, b => ProgressSerializer.DeserializeAnswers(b), out var read) ? read : ModuleAnswers.Empty("");
        return result == Unprotected.Read && answers.ModuleId.Length == 0 ? Unprotected.Invalid : result;
    }

    public Unprotected TryUnprotectFile(string? value, out StoredProgress stored)
    {
        var result = TryUnprotect(_file, value, out var bytes);
        stored = result == Unprotected.Read && TryParse(bytes, b => ProgressSerializer.Deserialize(b), out var read) ? read : Empty;
        return result == Unprotected.Read && ReferenceEquals(stored, Empty) ? Unprotected.Invalid : result;
    }

    private static readonly StoredProgress Empty = new(ProgressState.Empty, Notebook.Empty);

    private static string Protect(IDataProtector protector, byte[] plain) => Base64Url.EncodeToString(protector.Protect(plain));

    private static bool TryParse<T>(byte[] bytes, Func<byte[], T> parse, out T value)
    {
        try
        {
            value = parse(bytes);
            return true;
        }
        catch (FormatException)
        {
            value = default!;
            return false;
        }
    }

    private Unprotected TryUnprotect(IDataProtector protector, string? value, out byte[] plain)
    {
        plain = [];
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxProtectedLength)
        {
            return Unprotected.Invalid;
        }

        byte[] protectedBytes;
        try
        {
            protectedBytes = Base64Url.DecodeFromChars(value.Trim());
        }
        catch (FormatException)
        {
            return Unprotected.Invalid;
        }

        try
        {
            plain = protector.Unprotect(protectedBytes);
            return Unprotected.Read;
        }
        catch (CryptographicException)
        {
            return IsKeyMissing(protectedBytes) ? Unprotected.KeyMissing : Unprotected.Invalid;
        }
    }

    /// <summary>
    /// True when the value names a key that the key ring does not hold, or the key ring cannot be read at all.
    /// A value with a known key that still fails was tampered with or damaged.
    /// </summary>
    private bool IsKeyMissing(byte[] protectedBytes)
    {
        if (protectedBytes.Length < 20 || !protectedBytes.AsSpan(0, 4).SequenceEqual(MagicHeader) || _keys is null)
        {
            return false;
        }

        var keyId = new Guid(protectedBytes.AsSpan(4, 16));
        try
        {
            return !KnownKeys().Contains(keyId);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // The ring itself cannot be read: nothing can be judged, so nothing may be cleared.
            return true;
        }
    }

    // Read again at most once a minute, so a flood of unreadable cookies cannot turn into a flood of key ring reads.
    private HashSet<Guid> KnownKeys()
    {
        var now = _clock.GetUtcNow();
        if (Volatile.Read(ref _knownKeys) is { } cached && now - cached.Read < TimeSpan.FromMinutes(1))
        {
            return cached.Ids;
        }

        var ids = _keys!.GetAllKeys().Select(k => k.KeyId).ToHashSet();
        Volatile.Write(ref _knownKeys, new KnownKeySnapshot(ids, now));
        return ids;
    }

    private sealed record KnownKeySnapshot(HashSet<Guid> Ids, DateTimeOffset Read);
}
