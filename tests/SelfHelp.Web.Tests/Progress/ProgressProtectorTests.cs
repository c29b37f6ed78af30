using System.Buffers.Text;
using System.Collections.Immutable;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Keys;
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
            .AddDataProtection().SetApplicationName(KeyRingExtensions.ApplicationName).PersistKeysToFileSystem(_keys).Services
            .BuildServiceProvider();
        _protector = new ProgressProtector(_services.GetRequiredService<IDataProtectionProvider>(), _services);
    }

    /// <summary>Every module read (eight steps each), started and finished, with a region chosen.</summary>
    public static ProgressState FullProgramme()
    {
        var state = ProgressState.Empty;
        for (var m = 1; m <= 14; m++)
        {
            var id = $"module-with-a-longish-id-{m:00}";
            for (var s = 1; s <= 8; s++)
            {
                state = state.WithStepRead(id, StepKey.For($"a-step-heading-{s}"));
            }

            state = state.WithRatingBefore(id, 3).WithCompleted(id, 8);
        }

        return state.WithPreference("region", "gb");
    }

    public static ModuleAnswers Answers(string moduleId, string text = "An answer that runs to a sentence or two of ordinary words.") =>
        ModuleAnswers.Empty(moduleId).With("exercise", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("text", text)]));

    [Fact]
    public void RoundTrip_Cookie_ReturnsEqualState()
    {
        var state = FullProgramme();

        var result = _protector.TryUnprotectCookie(_protector.ProtectForCookie(state), out var read);

        Assert.Equal(Unprotected.Read, result);
        Assert.False(read.IsLegacy);
        Assert.Equal(Describe(state), Describe(read.State));
    }

    [Fact]
    public void RoundTrip_Answers_ReturnsEqualAnswers()
    {
        var answers = Answers("urges", "Line one\nLine two, with “quotes” and ünïcödé");

        var result = _protector.TryUnprotectAnswers(_protector.ProtectAnswers(answers), out var read);

        Assert.Equal(Unprotected.Read, result);
        Assert.True(answers.SameAs(read));
        Assert.Equal("urges", read.ModuleId);
    }

    [Fact]
    public void RoundTrip_File_ReturnsStateAndNotebook()
    {
        var state = FullProgramme();
        var notebook = Notebook.Empty.With(Answers("a")).With(Answers("b", "Another"));

        var result = _protector.TryUnprotectFile(_protector.ProtectForFile(state, notebook), out var read);

        Assert.Equal(Unprotected.Read, result);
        Assert.Equal(Describe(state), Describe(read.State));
        Assert.Equal(["a", "b"], read.Answers.Modules.Keys);
        Assert.True(read.Answers.For("b").SameAs(Answers("b", "Another")));
    }

    [Fact]
    public void Budget_WholeProgrammeWithoutAnswers_IsUnderOneKilobyte()
    {
        var length = _protector.ProtectForCookie(FullProgramme()).Length;

        Assert.True(length < 1024, $"The cookie for the whole programme is {length} characters.");
    }

    [Fact]
    public void Unprotect_EachKindAsAnother_IsInvalid()
    {
        var cookie = _protector.ProtectForCookie(FullProgramme());
        var answers = _protector.ProtectAnswers(Answers("a"));
        var file = _protector.ProtectForFile(FullProgramme(), Notebook.Empty);

        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectCookie(file, out var state));
        Assert.True(state.State.IsEmpty);
        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectCookie(answers, out _));
        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectFile(cookie, out _));
        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectAnswers(cookie, out _));
        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectAnswers(file, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not base64 at all!")]
    [InlineData("AAAA")]
    [InlineData("chunks-2")]
    public void Unprotect_Garbage_IsInvalid(string? value)
    {
        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectCookie(value, out var state));
        Assert.True(state.State.IsEmpty);
        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectAnswers(value, out _));
    }

    [Fact]
    public void Unprotect_TamperedByte_IsInvalid()
    {
        var bytes = Base64Url.DecodeFromChars(_protector.ProtectForCookie(FullProgramme()));
        bytes[bytes.Length / 2] ^= 0x01;

        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectCookie(Base64Url.EncodeToString(bytes), out _));
    }

    [Fact]
    public void Unprotect_Truncated_IsInvalid()
    {
        var value = _protector.ProtectForCookie(FullProgramme());

        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectCookie(value[..(value.Length - 10)], out _));
    }

    [Fact]
    public void Unprotect_Oversized_IsInvalidWithoutWork()
    {
        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectCookie(new string('A', 500_000), out _));
    }

    [Fact]
    public void Unprotect_UnknownFormatVersion_IsInvalid()
    {
        var raw = _services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ProgressProtector.CookiePurpose);
        var value = Base64Url.EncodeToString(raw.Protect([0, 0, 1, 2, 3]));

        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectCookie(value, out _));
    }

    [Fact]
    public void Unprotect_KeyNotInThisRing_IsKeyMissingNotInvalid()
    {
        // ADR 0003: a cookie made with a key this ring does not hold may work again when the keys are back.
        using var other = new ProgressProtectorTests();

        Assert.Equal(Unprotected.KeyMissing, _protector.TryUnprotectCookie(other._protector.ProtectForCookie(FullProgramme()), out var state));
        Assert.True(state.State.IsEmpty);
        Assert.Equal(Unprotected.KeyMissing, _protector.TryUnprotectAnswers(other._protector.ProtectAnswers(Answers("a")), out _));
    }

    [Fact]
    public void Unprotect_KnownKeyButDamaged_IsInvalid()
    {
        var bytes = Base64Url.DecodeFromChars(_protector.ProtectAnswers(Answers("a")));
        bytes[^1] ^= 0x01;

        Assert.Equal(Unprotected.Invalid, _protector.TryUnprotectAnswers(Base64Url.EncodeToString(bytes), out _));
    }

    [Fact]
    public void Unprotect_AfterKeyRotation_StillReadsOldCookie()
    {
        var old = _protector.ProtectForCookie(FullProgramme());
        var keys = _services.GetRequiredService<IKeyManager>();

        keys.CreateNewKey(DateTimeOffset.UtcNow.AddSeconds(-1), DateTimeOffset.UtcNow.AddDays(90));

        Assert.Equal(Unprotected.Read, _protector.TryUnprotectCookie(old, out _));
    }

    public void Dispose()
    {
        _services.Dispose();
        _keys.Delete(recursive: true);
    }

    internal static string Describe(ProgressState state) =>
        string.Join("|", state.Modules.Select(m => $"{m.Key}:{string.Join(",", m.Value.ReadSteps)}:{m.Value.Completed}:{m.Value.RatingBefore}:{m.Value.RatingAfter}"))
        + $"|{state.LastPosition}|" + string.Join(",", state.Preferences) + "|" + string.Join(",", state.Path) + $"|{state.Pace}";
}
