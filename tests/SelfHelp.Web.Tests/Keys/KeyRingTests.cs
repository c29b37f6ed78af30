using System.Diagnostics;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using SelfHelp.Web.Keys;

namespace SelfHelp.Web.Tests.Keys;

/// <summary>Configuration chooses where the key ring lives: a folder (which machines may share) or Redis.</summary>
public sealed class KeyRingTests
{
    private const string Answer = "zqkeyring shared answer";

    [Fact]
    public async Task SharedFolder_TwoInstances_ReadEachOthersProgressAndForms()
    {
        using var keys = new KeysFolder();
        using var first = Site(("KeyRing:Path", keys.Path));
        using var second = Site(("KeyRing:Path", keys.Path));
        var one = first.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var two = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        // The form comes from the first instance and is posted to the second: antiforgery tokens must agree too.
        var page = await one.GetPathAsync("/modules/welcome/3");
        var document = await Html.ParseAsync(page);
        var token = document.QuerySelector("input[name=__token]")!.GetAttribute("value")!;
        var saved = await Send(two, HttpMethod.Post, "/modules/welcome/3", Cookies(page), new FormUrlEncodedContent(
            [KeyValuePair.Create("__token", token), KeyValuePair.Create("forms", "looking-after-myself"), KeyValuePair.Create("looking-after-myself.hopes", Answer)]));
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);

        var answers = await Send(one, HttpMethod.Get, "/my-answers", Cookies(saved), null);

        Assert.Contains(Answer, await answers.TextAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(keys.Path, "key-*.xml"));
    }

    [Fact]
    public void NewKeys_UseAes256Gcm()
    {
        using var keys = new KeysFolder();
        using var site = Site(("KeyRing:Path", keys.Path));

        site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect([1]);

        Assert.Equal(["AES_256_GCM"], Algorithms(keys.Path));
    }

    [Fact]
    public async Task RingFromBeforeGcm_CookiesItProtectedStillRead_AndTheNextKeyIsGcm()
    {
        using var keys = new KeysFolder();
        // The ring as the site made it before ADR 0012: the framework's default, AES-256-CBC with HMAC-SHA256.
        var before = new ServiceCollection();
        before.AddDataProtection().SetApplicationName(KeyRingExtensions.ApplicationName).PersistKeysToFileSystem(new DirectoryInfo(keys.Path));
        using (var provider = before.BuildServiceProvider())
        {
            provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect([1]);
        }

        Assert.Equal(["AES_256_CBC"], Algorithms(keys.Path));

        // An answer saved while the old key is the default one.
        string cookies;
        using (var first = Site(("KeyRing:Path", keys.Path)))
        {
            var client = first.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            var page = await client.GetPathAsync("/modules/welcome/3");
            var token = (await Html.ParseAsync(page)).QuerySelector("input[name=__token]")!.GetAttribute("value")!;
            var saved = await Send(client, HttpMethod.Post, "/modules/welcome/3", Cookies(page), new FormUrlEncodedContent(
                [KeyValuePair.Create("__token", token), KeyValuePair.Create("forms", "looking-after-myself"), KeyValuePair.Create("looking-after-myself.hopes", Answer)]));
            Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
            cookies = Cookies(saved);

            // The ring rolls over to a new key, as it does before the old one expires.
            first.Services.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
        }

        Assert.Equal(["AES_256_CBC", "AES_256_GCM"], Algorithms(keys.Path).Order());
        using var second = Site(("KeyRing:Path", keys.Path));
        var answers = await Send(second.CreateClient(new() { HandleCookies = false }), HttpMethod.Get, "/my-answers", cookies, null);
        var protectedNow = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect([1]);
        var defaultKey = second.Services.GetRequiredService<IKeyManager>().GetAllKeys().Single(key => key.KeyId == new Guid(protectedNow.AsSpan(4, 16)));

        Assert.Contains(Answer, await answers.TextAsync(), StringComparison.Ordinal);
        Assert.Contains("AES_256_GCM", defaultKey.Descriptor.ExportToXml().SerializedDescriptorElement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationName_IsSetExplicitly()
    {
        using var site = Site();

        var options = site.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value;

        Assert.Equal("SelfHelp", options.ApplicationDiscriminator);
    }

    [Fact]
    public void Path_Configured_KeysAreKeptInThatFolder()
    {
        using var keys = new KeysFolder();
        using var site = Site(("KeyRing:Path", keys.Path));

        var repository = site.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
        site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect([1]);

        Assert.Equal(keys.Path, Assert.IsType<FileSystemXmlRepository>(Assert.IsType<GuardedXmlRepository>(repository).Inner).Directory.FullName);
        Assert.Single(Directory.GetFiles(keys.Path, "key-*.xml"));
    }

    [Fact]
    public async Task Redis_Configured_IsUsedInsteadOfTheFolderAndUnreachableMeansNotReady()
    {
        using var keys = new KeysFolder();
        using var site = Site(("KeyRing:Path", keys.Path), ("KeyRing:Redis", "127.0.0.1:1,connectTimeout=300"), ("KeyRing:RedisKey", "test-keys"));

        var repository = site.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
        var clock = Stopwatch.StartNew();
        var ready = await site.CreateClient().GetPathAsync("/readyz");

        Assert.IsType<RedisXmlRepository>(Assert.IsType<GuardedXmlRepository>(repository).Inner);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("key ring not readable", (await ready.TextAsync()).Trim());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"/readyz took {clock.Elapsed}.");
        Assert.Empty(Directory.GetFiles(keys.Path));
    }

    [Theory]
    [InlineData("KeyRing:Path", "", "KeyRing:Path must name a folder")]
    [InlineData("KeyRing:Redis", ",ssl=true", "KeyRing:Redis is not a valid Redis connection string")]
    [InlineData("KeyRing:Redis", "redis.internal:6379,password=hunter2,nonsense=1", "KeyRing:Redis is not a valid Redis connection string")]
    public void BadConfiguration_StopsTheSiteNamingTheKey(string key, string value, string message)
    {
        using var site = Site((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    private static SelfHelpFactory Site(params (string Key, string Value)[] settings) =>
        new(Paths.BundledContent, settings: settings.ToDictionary(s => s.Key, s => (string?)s.Value));

    /// <summary>The encryption algorithm of each key in the ring's folder.</summary>
    private static IEnumerable<string> Algorithms(string folder) =>
        Directory.GetFiles(folder, "key-*.xml").Select(file => XDocument.Load(file).Descendants("encryption").Single().Attribute("algorithm")!.Value);

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string cookies, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private sealed class KeysFolder : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("selfhelp-web-tests-shared-keys-");

        public string Path => _folder.FullName;

        public void Dispose() => _folder.Delete(recursive: true);
    }
}
