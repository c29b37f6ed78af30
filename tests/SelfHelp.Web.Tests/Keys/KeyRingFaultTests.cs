using System.Net;
using AngleSharp.Html.Dom;
using SelfHelp.Web.Keys;

namespace SelfHelp.Web.Tests.Keys;

/// <summary>
/// Issue 14 and ADR 0003: a key ring that is missing for a while (an empty or unmounted folder) loses nothing. The
/// site does not make a new ring, says it is not ready, saves nothing and leaves people's cookies exactly as they
/// are; when the keys are back, everything reads again.
/// </summary>
public sealed class KeyRingFaultTests : IDisposable
{
    private const string Step = "/modules/first/1";
    private const string Answer = "Written before the keys went missing";
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("selfhelp-keyring-fault-");
    private readonly DirectoryInfo _empty = Directory.CreateTempSubdirectory("selfhelp-keyring-empty-");

    [Fact]
    public async Task KeysMissingThenRestored_ProgressIsKeptUntouchedAndReadsAgain()
    {
        // A person saves an answer while the keys are there.
        var jar = new BrowserCookieJar();
        using (var before = Site(_keys.FullName, allowNewRing: true))
        {
            var client = before.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            await SaveAsync(client, jar, Answer);
            Assert.Equal(Answer, (await GetDocumentAsync(client, jar, Step)).Single("#f-every-field-story").TextContent);
        }

        var cookies = jar.Cookies;

        // The site restarts with an empty key folder (not mounted yet), as production would: no new ring.
        using (var missing = Site(_empty.FullName, allowNewRing: false))
        {
            var client = missing.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            var ready = await client.GetPathAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("key ring empty", (await ready.TextAsync()).Trim());
            Assert.Empty(_empty.GetFiles());

            // Pages still work for reading; the person is told, and nothing of theirs is touched.
            var response = await jar.SendAsync(client, HttpMethod.Get, Step);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Html.ParseAsync(response);
            Assert.Contains("cannot open the progress saved in this browser just now", page.Single(".notice").TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("#safety a[href^='tel:']"));
            Assert.DoesNotContain(SetCookies(response), c => c.StartsWith("state", StringComparison.Ordinal));

            // Saving gives the words back and writes nothing.
            var post = await jar.SendAsync(client, HttpMethod.Post, Step, new FormUrlEncodedContent(
                [new("__token", page.Single("input[name=__token]").GetAttribute("value") ?? ""), new("forms", "every-field"), new("every-field.story", "New words while the keys are missing"), new("go", "next")]));
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
            var refused = await Html.ParseAsync(post);
            Assert.Equal("New words while the keys are missing", refused.Single("#f-every-field-story").TextContent);
            Assert.NotNull(refused.QuerySelector(".error-summary"));
            Assert.DoesNotContain(SetCookies(post), c => c.StartsWith("state", StringComparison.Ordinal));
            Assert.Equal(cookies.Where(c => c.Key.StartsWith("state", StringComparison.Ordinal)), jar.Cookies.Where(c => c.Key.StartsWith("state", StringComparison.Ordinal)));
        }

        // The keys are back: everything reads again.
        foreach (var file in _keys.GetFiles())
        {
            file.CopyTo(Path.Combine(_empty.FullName, file.Name));
        }

        using var restored = Site(_empty.FullName, allowNewRing: false);
        var again = restored.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await again.GetPathAsync("/readyz")).StatusCode);
        var back = await GetDocumentAsync(again, jar, Step);
        Assert.Null(back.QuerySelector(".notice"));
        Assert.Equal(Answer, back.Single("#f-every-field-story").TextContent);
    }

    [Fact]
    public async Task CookieFromAnotherKeyRing_IsKeptAndNotOverwritten_UntilThePersonChoosesToStartAfresh()
    {
        var jar = new BrowserCookieJar();
        using (var other = Site(_keys.FullName, allowNewRing: true))
        {
            await SaveAsync(other.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }), jar, Answer);
        }

        using var site = Site(_empty.FullName, allowNewRing: true);
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var before = jar.Cookies;

        var response = await jar.SendAsync(client, HttpMethod.Get, Step);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cannot open the progress saved in this browser just now", (await Html.ParseAsync(response)).Single(".notice").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith("state", StringComparison.Ordinal));
        Assert.Equal(before.Where(c => c.Key.StartsWith("state", StringComparison.Ordinal)), jar.Cookies.Where(c => c.Key.StartsWith("state", StringComparison.Ordinal)));

        var forget = await GetDocumentAsync(client, jar, "/forget");
        await jar.SendAsync(client, HttpMethod.Post, "/forget", new FormUrlEncodedContent([new("__token", forget.Single("input[name=__token]").GetAttribute("value")!)]));

        Assert.DoesNotContain(jar.Cookies.Keys, k => k.StartsWith("state", StringComparison.Ordinal));
        Assert.Null((await GetDocumentAsync(client, jar, Step)).QuerySelector(".notice"));
    }

    [Fact]
    public void Repository_RefusesAFirstKeyWithoutPermission_ButTakesRotationAndPermittedFirstKeys()
    {
        var folder = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(_empty, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        var key = new System.Xml.Linq.XElement("key", new System.Xml.Linq.XAttribute("id", Guid.NewGuid()));

        Assert.Throws<System.Security.Cryptography.CryptographicException>(() => new GuardedXmlRepository(folder, new KeyRingPolicy(AllowNewRing: false)).StoreElement(key, "first"));
        Assert.Empty(_empty.GetFiles());

        new GuardedXmlRepository(folder, new KeyRingPolicy(AllowNewRing: true)).StoreElement(key, "first");
        new GuardedXmlRepository(folder, new KeyRingPolicy(AllowNewRing: false)).StoreElement(new System.Xml.Linq.XElement("key", new System.Xml.Linq.XAttribute("id", Guid.NewGuid())), "rotated");

        Assert.Equal(2, _empty.GetFiles().Length);
    }

    public void Dispose()
    {
        _keys.Delete(recursive: true);
        _empty.Delete(recursive: true);
    }

    private static SelfHelpFactory Site(string keys, bool allowNewRing) =>
        new(Paths.FixtureContent, settings: new()
        {
            ["KeyRing:Path"] = keys,
            ["KeyRing:AllowNewRing"] = allowNewRing ? "true" : "false",
        });

    private static async Task SaveAsync(HttpClient client, BrowserCookieJar jar, string answer)
    {
        var page = await GetDocumentAsync(client, jar, Step);
        var saved = await jar.SendAsync(client, HttpMethod.Post, Step, new FormUrlEncodedContent(
            [new("__token", page.Single("input[name=__token]").GetAttribute("value")!), new("forms", "every-field"), new("every-field.story", answer), new("go", "save:every-field")]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, BrowserCookieJar jar, string path) =>
        await Html.ParseAsync(await jar.SendAsync(client, HttpMethod.Get, path));

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
