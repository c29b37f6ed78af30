using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SelfHelp.Web.Progress;

namespace SelfHelp.Benchmarks;

/// <summary>
/// What the progress cookie costs a request: reading it (chunks, Base64Url, decrypt, decompress, parse) and
/// writing it back (the reverse). The state is a realistic one: the whole programme read, with an answer per module.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ProgressCookieBenchmarks
{
    private ProgressProtector _protector = null!;
    private IOptions<ProgressOptions> _options = null!;
    private ProgressState _state = ProgressState.Empty;
    private string _cookieHeader = "";

    [GlobalSetup]
    public void Setup()
    {
        _protector = new ProgressProtector(new EphemeralDataProtectionProvider());
        _options = Options.Create(new ProgressOptions());
        for (var m = 1; m <= 14; m++)
        {
            var id = $"module-{m:00}";
            for (var s = 1; s <= 5; s++)
            {
                _state = _state.WithStepRead(id, s);
            }

            _state = _state.WithRatingBefore(id, 4).WithCompleted(id, 7).WithAnswers(id, "exercise",
                ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("text", $"A few sentences of an answer for module {m}, as a person might write them late at night.")]));
        }

        _cookieHeader = $"state={_protector.ProtectForCookie(_state)}";
    }

    [Benchmark]
    public ProgressState ReadOnRequest()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = _cookieHeader;
        return new ProgressStore(new HttpContextAccessor { HttpContext = context }, _protector, _options).Current;
    }

    [Benchmark]
    public SaveResult WriteOnResponse()
    {
        var context = new DefaultHttpContext();
        return new ProgressStore(new HttpContextAccessor { HttpContext = context }, _protector, _options).Save(_state.WithStepRead("module-01", 6));
    }

    [Benchmark]
    public int CookieLength() => _protector.ProtectForCookie(_state).Length;
}
