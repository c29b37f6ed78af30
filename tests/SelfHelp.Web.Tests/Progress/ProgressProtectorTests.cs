using System.Buffers.Text;
using System.Collections.Immutable;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

public sealed class ProgressProtectorTests : IDisposable
{
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("selfhelp-progress-keys-");
    private readonly ServiceProvider _services;
    private readonly ProgressProtector _protector;

    public ProgressProtectorTests()
    {
        _services = new ServiceCollection()
            .AddDataProtection().SetApplicationName("SelfHelp").PersistKeysToFileSystem(_keys).Services
            .BuildServiceProvider();
        _protector = new ProgressProtector(_services.GetRequiredService<IDataProtectionProvider>());
    }

    public static ProgressState FullProgramme(bool withAnswers = false)
    {
        var state = ProgressState.Empty;
        for (var m = 1; m <= 14; m++)
        {
            var id = $"module-with-a-longish-id-{m:00}";
            for (var s = 1; s <= 6; s++)
            {
                state = state.WithStepRead(id, s);
            }

            state = state.WithRatingBefore(id, 3).WithCompleted(id, 8);
            if (withAnswers)
            {
                state = state.WithAnswers(id, "exercise", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("text", $"An answer for module {m} that runs to a sentence or two of ordinary words.")]));
            }
        }

        return state.WithPreference("region", "gb");
    }

    [Fact]
    public void RoundTrip_Cookie_ReturnsEqualState()
    {
        var state = FullProgramme(withAnswers: true);

        var ok = _protector.TryUnprotectCookie(_protector.ProtectForCookie(state), out var read);

        Assert.True(ok);
        Assert.Equal(Describe(state), Describe(read));
    }

    [Fact]
    public void RoundTrip_File_ReturnsEqualState()
    {
        var state = FullProgramme(withAnswers: true);

        var ok = _protector.TryUnprotectFile(_protector.ProtectForFile(state), out var read);

        Assert.True(ok);
        Assert.Equal(Describe(state), Describe(read));
    }

    [Fact]
    public void Budget_WholeProgrammeWithoutAnswers_IsUnderOneKilobyte()
    {
        var length = _protector.ProtectForCookie(FullProgramme()).Length;

        Assert.True(length < 1024, $"The cookie for the whole programme is {length} characters.");
    }

    [Fact]
    public void Unprotect_FileTokenAsCookie_Fails()
    {
        var file = _protector.ProtectForFile(FullProgramme());

        Assert.False(_protector.TryUnprotectCookie(file, out var state));
        Assert.Same(ProgressState.Empty, state);
    }

    [Fact]
    public void Unprotect_CookieAsFile_Fails()
    {
        Assert.False(_protector.TryUnprotectFile(_protector.ProtectForCookie(FullProgramme()), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not base64 at all!")]
    [InlineData("AAAA")]
    [InlineData("chunks-2")]
    public void Unprotect_Garbage_Fails(string? value)
    {
        Assert.False(_protector.TryUnprotectCookie(value, out var state));
        Assert.True(state.IsEmpty);
    }

    [Fact]
    public void Unprotect_TamperedByte_Fails()
    {
        var bytes = Base64Url.DecodeFromChars(_protector.ProtectForCookie(FullProgramme()));
        bytes[bytes.Length / 2] ^= 0x01;

        Assert.False(_protector.TryUnprotectCookie(Base64Url.EncodeToString(bytes), out _));
    }

    [Fact]
    public void Unprotect_Truncated_Fails()
    {
        var value = _protector.ProtectForCookie(FullProgramme());

        Assert.False(_protector.TryUnprotectCookie(value[..(value.Length - 10)], out _));
    }

    [Fact]
    public void Unprotect_Oversized_FailsWithoutWork()
    {
        Assert.False(_protector.TryUnprotectCookie(new string('A', 300_000), out _));
    }

    [Fact]
    public void Unprotect_OldFormatVersion_Fails()
    {
        var raw = _services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ProgressProtector.CookiePurpose);
        var value = Base64Url.EncodeToString(raw.Protect([0, 0, 1, 2, 3]));

        Assert.False(_protector.TryUnprotectCookie(value, out _));
    }

    [Fact]
    public void Unprotect_OtherKeyRing_Fails()
    {
        using var other = new ProgressProtectorTests();

        Assert.False(_protector.TryUnprotectCookie(other._protector.ProtectForCookie(FullProgramme()), out _));
    }

    [Fact]
    public void Unprotect_AfterKeyRotation_StillReadsOldCookie()
    {
        var old = _protector.ProtectForCookie(FullProgramme());
        var keys = _services.GetRequiredService<IKeyManager>();

        keys.CreateNewKey(DateTimeOffset.UtcNow.AddSeconds(-1), DateTimeOffset.UtcNow.AddDays(90));

        Assert.True(_protector.TryUnprotectCookie(old, out _));
    }

    public void Dispose()
    {
        _services.Dispose();
        _keys.Delete(recursive: true);
    }

    internal static string Describe(ProgressState state) =>
        string.Join("|", state.Modules.Select(m => $"{m.Key}:{m.Value.StepsRead}:{m.Value.Completed}:{m.Value.RatingBefore}:{m.Value.RatingAfter}:" +
            string.Join(",", m.Value.Answers.Select(a => a.Key + "=" + string.Join(";", a.Value.Select(f => f.Key + "=" + f.Value))))))
        + $"|{state.LastPosition}|" + string.Join(",", state.Preferences);
}
