using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

public sealed class CookieChunksTests
{
    private static readonly CookieChunks Chunks = new(maxChunks: 4);
    private static readonly CookieOptions Keep = new() { Path = "/", Expires = DateTimeOffset.UtcNow.AddDays(1) };
    private static readonly CookieOptions Remove = new() { Path = "/" };

    // Every length across the first boundary (3,900) and each later one, as issue 13 asks.
    [Theory]
    [InlineData(3900)]
    [InlineData(7800)]
    [InlineData(11700)]
    public void Write_ThenRead_GivesBackTheValue_AtEveryLengthAcrossABoundary(int boundary)
    {
        for (var length = boundary - 200; length <= boundary + 200; length++)
        {
            WriteThenRead(length);
        }
    }

    private static void WriteThenRead(int length)
    {
        var value = Text(length, seed: length);
        foreach (var before in new[] { 0, 100, 3899, 3901, 7801, 15600, length - 1, length + 1 })
        {
            var jar = new Dictionary<string, string>(StringComparer.Ordinal);
            if (before > 0)
            {
                jar = Browser(jar, context => Chunks.Write(context, "state", Text(before, seed: 7), Keep, Remove));
            }

            jar = Browser(jar, context => Chunks.Write(context, "state", value, Keep, Remove));

            Assert.True(value == Read(jar, out var malformed), $"A value of {length} characters written over one of {before} was not read back.");
            Assert.False(malformed);
            Assert.Equal(Chunks.ChunksFor(length), jar.Keys.Count(k => k.StartsWith("stateC", StringComparison.Ordinal)));
            Assert.All(jar, cookie => Assert.True(cookie.Key.Length + cookie.Value.Length + 1 <= 4000, $"{cookie.Key} is {cookie.Value.Length} characters"));
        }
    }

    [Fact]
    public void Write_TwiceInOneResponse_LongThenShort_LeavesNoStaleChunks()
    {
        var jar = Browser([], context =>
        {
            var written = Chunks.Write(context, "state", Text(9000, 1), Keep, Remove);
            Chunks.Write(context, "state", Text(100, 2), Keep, Remove, writtenBefore: written);
        });

        Assert.Equal(Text(100, 2), Read(jar, out _));
        Assert.Equal(["state"], jar.Keys);
    }

    [Fact]
    public void Delete_RemovesEveryChunkTheBrowserSent_AndNoMoreThanTheMaximum()
    {
        var jar = Browser([], context => Chunks.Write(context, "state", Text(10000, 1), Keep, Remove));
        jar["stateC99"] = "x";

        var context = Context(jar);
        Chunks.Delete(context, "state", Remove);

        var deleted = SetCookies(context).Select(c => c.Name.ToString()).ToList();
        Assert.Equal(["state", "stateC1", "stateC2", "stateC3"], deleted);
    }

    [Theory]
    [InlineData("chunks-0")]
    [InlineData("chunks-5")]
    [InlineData("chunks-2147483647")]
    [InlineData("chunks--1")]
    [InlineData("chunks-x")]
    [InlineData("chunks-2")]
    public void Read_MalformedFamily_IsReportedAndGivesNothing(string first)
    {
        var jar = new Dictionary<string, string> { ["state"] = first, ["stateC1"] = "abc" };

        Assert.Null(Read(jar, out var malformed));
        Assert.True(malformed);
    }

    private static string? Read(Dictionary<string, string> jar, out bool malformed) =>
        Chunks.Read(Context(jar).Request.Cookies, "state", out malformed);

    /// <summary>Runs one request with the jar's cookies and applies its Set-Cookie headers in order, as a browser does.</summary>
    private static Dictionary<string, string> Browser(Dictionary<string, string> jar, Action<HttpContext> handle)
    {
        var context = Context(jar);
        handle(context);
        var next = new Dictionary<string, string>(jar, StringComparer.Ordinal);
        foreach (var cookie in SetCookies(context))
        {
            if (cookie.Expires is { } expires && expires < DateTimeOffset.UtcNow)
            {
                next.Remove(cookie.Name.ToString());
            }
            else
            {
                next[cookie.Name.ToString()] = cookie.Value.ToString();
            }
        }

        return next;
    }

    private static DefaultHttpContext Context(Dictionary<string, string> jar)
    {
        var context = new DefaultHttpContext();
        if (jar.Count > 0)
        {
            context.Request.Headers.Cookie = string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}"));
        }

        return context;
    }

    private static IList<SetCookieHeaderValue> SetCookies(HttpContext context) =>
        SetCookieHeaderValue.ParseList(context.Response.Headers.SetCookie.Select(h => h ?? "").ToList());

    private static string Text(int length, int seed)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var random = new Random(seed);
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }
}
