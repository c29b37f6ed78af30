using System.Collections.Immutable;
using System.IO.Compression;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Content.CheckIns;
using SelfHelp.Web.Keys;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

/// <summary>
/// Issue 18: weekly check-ins live in the progress cookie, appended after format 3's fields, so cookies written before
/// still read; a year of them must fit beside everything else the cookie holds.
/// </summary>
public sealed class CheckInStorageTests : IDisposable
{
    private static readonly DateOnly FirstDay = new(2026, 1, 5);

    // The bundled check-in's five questions and the WHO-5's five.
    private static readonly string[] Questions = ["urge-days", "strongest-urge", "clear-days", "used-plan", "mood", "who5-cheerful", "who5-calm", "who5-active", "who5-rested", "who5-interested"];
    private static readonly int[] Largest = [7, 10, 7, 1, 10, 5, 5, 5, 5, 5];

    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("selfhelp-checkin-keys-");
    private readonly ServiceProvider _services;
    private readonly ProgressProtector _protector;

    public CheckInStorageTests()
    {
        _services = new ServiceCollection()
            .AddDataProtection().SetApplicationName(KeyRingExtensions.ApplicationName).PersistKeysToFileSystem(_keys).Services
            .BuildServiceProvider();
        _protector = new ProgressProtector(_services.GetRequiredService<IDataProtectionProvider>(), _services);
    }

    public void Dispose()
    {
        _services.Dispose();
        _keys.Delete(recursive: true);
    }

    /// <summary>Weekly check-ins with every question answered, values as a person might give them.</summary>
    public static ProgressState Weeks(ProgressState state, int weeks, int questions = 10, int seed = 18)
    {
        var random = new Random(seed);
        for (var w = 0; w < weeks; w++)
        {
            var answers = Enumerable.Range(0, questions).Select(q => KeyValuePair.Create(CheckInQuestion.KeyFor(Questions[q]), (byte)random.Next(Largest[q] + 1)));
            state = state.WithCheckIn(CheckIn.Of(FirstDay.AddDays(7 * w), answers));
        }

        return state;
    }

    [Fact]
    public void CheckIns_SurviveARoundTrip_InTheCookieAndTheFile()
    {
        var state = Weeks(ProgressProtectorTests.FullProgramme(), 3).WithCheckInSnoozed(FirstDay.AddDays(20));

        var fromCookie = ProgressSerializer.Deserialize(ProgressSerializer.Serialize(state)).State;
        var fromFile = ProgressSerializer.Deserialize(ProgressSerializer.SerializeFile(state, Notebook.Empty)).State;

        foreach (var read in new[] { fromCookie, fromFile })
        {
            Assert.Equal(3, read.CheckIns.Length);
            Assert.All(read.CheckIns.Zip(state.CheckIns), pair => Assert.True(pair.First.SameAs(pair.Second)));
            Assert.Equal(FirstDay.AddDays(20), read.CheckInSnoozed);
            Assert.Equal(state.Modules.Count, read.Modules.Count);
        }
    }

    [Fact]
    public void CheckIns_AreAppended_SoTheBytesBeforeThemAreExactlyTheOldFormat()
    {
        var before = ProgressProtectorTests.FullProgramme();
        var with = Weeks(before, 2);

        var oldPlain = Plain(ProgressSerializer.Serialize(before));
        var newPlain = Plain(ProgressSerializer.Serialize(with));

        Assert.True(newPlain.Length > oldPlain.Length);
        Assert.Equal(oldPlain, newPlain[..oldPlain.Length]);
        Assert.Empty(ProgressSerializer.Deserialize(ProgressSerializer.Serialize(before)).State.CheckIns);
    }

    [Fact]
    public void UnknownSection_IsSkipped_AndACutSectionIsRejected()
    {
        var state = Weeks(ProgressState.Empty.WithPreference("region", "gb"), 1);
        var plain = Plain(ProgressSerializer.Serialize(state));
        var old = Plain(ProgressSerializer.Serialize(ProgressState.Empty.WithPreference("region", "gb")));
        byte[] unknown = [9, 2, 0xAA, 0xBB];

        var withUnknown = Raw([.. old, .. unknown, .. plain[old.Length..]]);
        var cut = Raw(plain[..^1]);

        Assert.Single(ProgressSerializer.Deserialize(withUnknown).State.CheckIns);
        Assert.Throws<FormatException>(() => ProgressSerializer.Deserialize(cut));
    }

    [Fact]
    public void ACheckInOnTheSameDay_ReplacesIt_AndOnlyTwoYearsAreKept()
    {
        var state = Weeks(ProgressState.Empty, CheckIn.MaxKept + 5);
        var again = state.WithCheckIn(CheckIn.Of(state.CheckIns[^1].Day, [KeyValuePair.Create((byte)1, (byte)2)]));

        Assert.Equal(CheckIn.MaxKept, state.CheckIns.Length);
        Assert.Equal(FirstDay.AddDays(7 * 5), state.CheckIns[0].Day);
        Assert.Equal(CheckIn.MaxKept, again.CheckIns.Length);
        Assert.Equal(2, again.CheckIns[^1].Answers[1]);
    }

    [Fact]
    public void AYearOfWeeklyCheckIns_WithTheWellbeingMeasure_FitsBesideAWholeProgramme()
    {
        // Arrange: the whole programme read and finished, and 52 weeks of ten answers each.
        var programme = ProgressProtectorTests.FullProgramme();
        var year = Weeks(programme, 52);
        var fiveAYear = Weeks(programme, 52, questions: 5);

        // Act
        var without = _protector.ProtectForCookie(programme).Length;
        var with = _protector.ProtectForCookie(year).Length;
        var withFive = _protector.ProtectForCookie(fiveAYear).Length;
        var perWeek = (with - without) / 52.0;
        TestContext.Current.SendDiagnosticMessage($"progress cookie: {without} characters; with 52 weeks of 10 answers {with} ({perWeek:0.0} a week); of 5 answers {withFive} ({(withFive - without) / 52.0:0.0} a week)");

        // Assert: inside the default progress cookie budget (Progress:MaxCookieBytes, 4,000) with room to spare, and
        // the Cookie header with a full notebook (at most 28,000) still far under Kestrel's 48 KB.
        Assert.True(with <= 4000, $"A year of check-ins makes the progress cookie {with} characters.");
        Assert.True(perWeek <= 32, $"A check-in costs {perWeek:0.0} characters a week.");
        Assert.True(28_000 + with < ProgressLimits.MaxRequestHeadersBytes - 8_000);
    }

    private static byte[] Plain(byte[] packed)
    {
        Assert.Equal(ProgressSerializer.FormatVersion, packed[0]);
        if (packed[2] == 0)
        {
            return packed[3..];
        }

        var buffer = new byte[256 * 1024];
        Assert.True(BrotliDecoder.TryDecompress(packed.AsSpan(3), buffer, out var written));
        return buffer[..written];
    }

    private static byte[] Raw(byte[] plain) => [ProgressSerializer.FormatVersion, 0, 0, .. plain];
}
