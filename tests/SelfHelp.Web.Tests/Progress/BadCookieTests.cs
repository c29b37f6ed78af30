using System.Buffers.Text;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

public sealed class BadCookieTests : IClassFixture<FixtureSite>
{
    private readonly FixtureSite _site;

    public BadCookieTests(FixtureSite site)
    {
        _site = site;
    }

    public static TheoryData<string, string> BadCookies() => new()
    {
        { "garbage", "state=this-is-not-a-cookie" },
        { "empty base64url", "state=AAAA" },
        { "tampered", "state=CfDJ8" + new string('x', 200) },
        { "oversized", "state=" + new string('A', 6000) },
        { "missing chunk", "state=chunks-2; stateC1=AAAA" },
        { "huge chunk count", "state=chunks-2147483647" },
        { "negative chunk count", "state=chunks--5" },
        { "invalid utf-8 escapes", "state=%C3%28%FF%FE" },
    };

    [Theory]
    [MemberData(nameof(BadCookies))]
    public async Task Get_WithBadCookie_StartsAfreshDeletesItAndSaysSoOnce(string kind, string cookie)
    {
        _ = kind;
        var client = _site.CreateClient(new() { HandleCookies = false });

        var response = await Send(client, "/modules", cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("We could not read the progress saved in this browser", page.Single(".notice").TextContent, StringComparison.Ordinal);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("state=;", StringComparison.Ordinal) && c.Contains("1970", StringComparison.Ordinal));
        var next = await Html.ParseAsync(await Send(client, "/modules", null));
        Assert.Null(next.QuerySelector(".notice"));
    }

    [Fact]
    public async Task Get_WithWrongPurposeCookie_TreatedAsEmpty()
    {
        var protector = _site.Services.GetRequiredService<ProgressProtector>();
        var file = protector.ProtectForFile(ProgressState.Empty.WithStepRead("first", StepKey.For("x")), Notebook.Empty);

        var page = await Html.ParseAsync(await Send(_site.CreateClient(new() { HandleCookies = false }), "/modules", $"state={file}"));

        Assert.NotNull(page.QuerySelector(".notice"));
        Assert.Equal("Not started", page.Single("#status-first").TextContent.Trim());
    }

    [Fact]
    public async Task Get_WithOldFormatCookie_TreatedAsEmpty()
    {
        var raw = _site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ProgressProtector.CookiePurpose);
        var old = Base64Url.EncodeToString(raw.Protect([0, 0, 42]));

        var page = await Html.ParseAsync(await Send(_site.CreateClient(new() { HandleCookies = false }), "/modules", $"state={old}"));

        Assert.NotNull(page.QuerySelector(".notice"));
    }

    [Fact]
    public async Task Get_WithGoodChunkedCookie_ReadsIt()
    {
        var protector = _site.Services.GetRequiredService<ProgressProtector>();
        var value = protector.ProtectForCookie(ProgressState.Empty.WithStepRead("first", StepKey.For("x")));
        var half = value.Length / 2;

        var page = await Html.ParseAsync(await Send(_site.CreateClient(new() { HandleCookies = false }), "/modules", $"state=chunks-2; stateC1={value[..half]}; stateC2={value[half..]}"));

        Assert.Null(page.QuerySelector(".notice"));
        Assert.Equal("In progress", page.Single("#status-first").TextContent.Trim());
    }

    [Fact]
    public async Task Fuzz_TenThousandRandomAndMutatedCookies_NeverAServerError()
    {
        var protector = _site.Services.GetRequiredService<ProgressProtector>();
        var valid = protector.ProtectForCookie(ProgressProtectorTests.FullProgramme());
        var answers = protector.ProtectAnswers(ProgressProtectorTests.Answers("first"));
        var answerCookie = ProgressStore.AnswerCookieName("state", "first");
        var random = new Random(20261123);
        var client = _site.CreateClient(new() { HandleCookies = false });
        var failures = new List<string>();
        string[] paths = ["/", "/modules", "/modules/first", "/modules/first/1", "/my-answers", "/save", "/privacy"];

        for (var i = 0; i < 10_000; i++)
        {
            var cookie = $"state={Mutate(valid, random)}";
            if (i % 10 == 0)
            {
                cookie = $"state=chunks-{random.Next(-3, 9)}; stateC1={Mutate(valid, random)}; stateC2={Mutate(valid, random)}";
            }
            else if (i % 3 == 0)
            {
                cookie = i % 2 == 0
                    ? $"state={valid}; {answerCookie}={Mutate(answers, random)}"
                    : $"{answerCookie}=chunks-{random.Next(-3, 12)}; {answerCookie}C1={Mutate(answers, random)}; {answerCookie}C2={Mutate(answers, random)}";
            }

            var path = paths[i % paths.Length];
            var response = await Send(client, path, cookie);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{path} {cookie[..Math.Min(80, cookie.Length)]}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    private static string Mutate(string valid, Random random)
    {
        var chars = valid.ToCharArray();
        switch (random.Next(6))
        {
            case 0:
                chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
                return new string(chars);
            case 1:
                return valid[..random.Next(valid.Length)];
            case 2:
                return valid.Insert(random.Next(valid.Length), new string(Alphabet[random.Next(Alphabet.Length)], random.Next(1, 50)));
            case 3:
                var bytes = new byte[random.Next(0, 3000)];
                random.NextBytes(bytes);
                return Base64Url.EncodeToString(bytes);
            case 4:
                var text = new StringBuilder();
                for (var n = random.Next(0, 500); n > 0; n--)
                {
                    text.Append(Alphabet[random.Next(Alphabet.Length)]);
                }

                return text.ToString();
            default:
                (chars[0], chars[^1]) = (chars[^1], chars[0]);
                return new string(chars);
        }
    }

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=.~!*%";

    private static Task<HttpResponseMessage> Send(HttpClient client, string path, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
