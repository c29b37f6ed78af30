using System.Net;
using System.Xml.Linq;

namespace SelfHelp.Web.Tests.Languages;

/// <summary>
/// One site serving every language folder (ADR 0010), on the fixture root: English, and Dutch as a third language
/// added as content only (no Ui.nl.resx, one module untranslated).
/// </summary>
public sealed class LanguageTests(MultilingualFixtureSite site) : IClassFixture<MultilingualFixtureSite>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Get_PrefixedModule_ServesTheTranslationWithItsLangAndLinksInsideTheLanguage()
    {
        var page = await _client.GetDocumentAsync("/nl/modules/first/1");

        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Een", page.QuerySelector("h1, h2")!.TextContent, StringComparison.Ordinal);
        var links = page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, l => l.StartsWith("/nl/modules", StringComparison.Ordinal));
        Assert.DoesNotContain(links, l => l.StartsWith("/modules", StringComparison.Ordinal));
        var form = page.QuerySelector("form[method='post']");
        Assert.StartsWith("/nl/", form?.GetAttribute("action") ?? "/nl/", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnprefixedModule_IsTheDefaultLanguage()
    {
        var page = await _client.GetDocumentAsync("/modules/first/1");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href^='/nl/modules']"), a => a.Closest(".language-switch") is null);
    }

    [Theory]
    [InlineData("/modules/first/2", "/nl/modules/first/2")]
    [InlineData("/nl/modules/first/2", "/modules/first/2")]
    public async Task Get_AnyPage_HasHreflangAlternatesForEveryLanguageAndXDefault(string path, string other)
    {
        var page = await _client.GetDocumentAsync(path);

        var alternates = page.QuerySelectorAll("link[rel='alternate'][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!, StringComparer.Ordinal);
        Assert.Equal(["en", "nl", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(SelfHelpFactory.PublicOrigin + other, alternates.Values);
        Assert.Equal(SelfHelpFactory.PublicOrigin + "/modules/first/2", alternates["x-default"]);
    }

    [Fact]
    public async Task Get_Switcher_KeepsTheChoiceInACookieAndGoesToTheSamePage()
    {
        var page = await _client.GetDocumentAsync("/modules/first/2");
        var link = page.Single(".language-switch a[hreflang='nl']");

        Assert.Equal("nl", link.GetAttribute("lang"));
        var response = await _client.GetPathAsync(link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/nl/modules/first/2", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sh-lang=", StringComparison.Ordinal));
        Assert.Contains("sh-lang=nl", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/modules/ü", "/nl/modules/%C3%BC")]
    [InlineData("/¿'\"(", "/nl/%C2%BF'\"(")]
    [InlineData("/modules/first/2 ", "/nl/modules/first/2%20")]
    [InlineData("/😀", "/nl/%F0%9F%98%80")]
    public async Task Get_SwitcherFromAPathWithCharactersAHeaderCannotHold_GoesThereEncoded(string to, string location)
    {
        // A person on the "not found" page of /modules/ü gets a switcher link with to=/modules/ü (wapiti found the 500).
        var response = await _client.GetPathAsync($"/language/nl?to={Uri.EscapeDataString(to)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("")]
    public async Task Get_SwitcherToAnotherSite_GoesHomeInstead(string to)
    {
        var response = await _client.GetPathAsync($"/language/nl?to={Uri.EscapeDataString(to)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/nl/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_SwitcherToALanguageTheSiteDoesNotHave_Is404InTheLayout()
    {
        var response = await _client.GetPathAsync("/language/xx?to=/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("sh-lang", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("nl-BE,nl;q=0.9,en;q=0.5", "/nl/")]
    [InlineData("de-DE,nl;q=0.8", "/nl/")]
    [InlineData("en-GB,nl;q=0.9", null)]
    [InlineData("fr", null)]
    [InlineData("", null)]
    [InlineData("nl;q=0", null)]
    [InlineData(";;;q=abc,\u00e9", null)]
    public async Task Get_HomeOnAFirstVisit_FollowsAcceptLanguage(string acceptLanguage, string? location)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(location is null ? HttpStatusCode.OK : HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Theory]
    [InlineData("en", null)]
    [InlineData("nl", "/nl/")]
    [InlineData("xx", null)]
    public async Task Get_Home_FollowsTheChosenLanguageOverTheBrowsers(string chosen, string? location)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", "nl");
        request.Headers.TryAddWithoutValidation("Cookie", $"sh-lang={chosen}");

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_PrefixedPages_NeverRedirectOnAcceptLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/modules");
        request.Headers.TryAddWithoutValidation("Accept-Language", "nl");

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/e/1.1", "/modules/first/1")]
    [InlineData("/nl/e/1.1", "/nl/modules/first/1")]
    public async Task Get_ExerciseCode_WorksInEachLanguage(string path, string expected)
    {
        var response = await _client.GetPathAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.MovedPermanently, $"{path} gave {response.StatusCode}");
        Assert.StartsWith(expected, response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ModuleMissingFromTheTranslation_Is404WithALinkToTheOriginal()
    {
        var response = await _client.GetPathAsync("/nl/modules/second/1");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        var link = page.Single("[data-test='untranslated'] a");
        Assert.Equal("/modules/second/1", link.GetAttribute("href"));
        Assert.Equal("en", link.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("section.safety"));
    }

    [Fact]
    public async Task Get_NotFoundInTheDefaultLanguage_HasNoTranslationNote()
    {
        var page = await Html.ParseAsync(await _client.GetPathAsync("/modules/nope"));

        Assert.Null(page.QuerySelector("[data-test='untranslated']"));
    }

    [Fact]
    public async Task Get_Sitemap_ListsEachLanguagesPagesUnderItsPrefix()
    {
        var xml = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var paths = xml.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();

        Assert.Contains("/modules/second/1", paths);
        Assert.Contains("/nl/", paths);
        Assert.Contains("/nl/modules/first/2", paths);
        Assert.Contains("/nl/exercises/1.1/sheet", paths);
        Assert.DoesNotContain("/nl/modules/second", paths);
    }

    [Fact]
    public async Task Post_InTheTranslation_KeepsTheAnswerForTheOriginalToo()
    {
        var dutch = await _client.GetDocumentAsync("/nl/modules/first/1");
        var form = dutch.QuerySelectorAll("form[method='post']").First(f => f.QuerySelector("textarea") is not null);
        var story = form.QuerySelector("textarea")!.GetAttribute("name")!;
        var fields = form.QuerySelectorAll("input[type='hidden']")
            .Where(i => i.GetAttribute("name") is { } name && name != "__token")
            .Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Append((story, "Mijn verhaal, in het Nederlands."))
            .ToArray();
        var action = form.GetAttribute("action") is { Length: > 0 } given ? given : "/nl/modules/first/1";

        var saved = await _client.PostFormAsync(action, dutch, fields);
        Assert.True((int)saved.StatusCode < 400, $"saving gave {saved.StatusCode}");
        var english = await _client.GetDocumentAsync("/modules/first/1");

        Assert.StartsWith("/nl/", action, StringComparison.Ordinal);
        Assert.Contains("Mijn verhaal, in het Nederlands.", english.Single($"textarea[name='{story}']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Privacy_NamesTheLanguageCookie()
    {
        var page = await _client.GetDocumentAsync("/privacy");

        Assert.Contains("“sh-lang”", page.Single("[data-test='language-cookie']").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/NL/modules/first/1")]
    [InlineData("/nl")]
    [InlineData("/nl/")]
    [InlineData("/nl/nl/modules")]
    [InlineData("/nl/../modules")]
    [InlineData("/nlx/modules")]
    public async Task Get_OddLanguagePaths_NeverFail(string path)
    {
        var response = await _client.GetPathAsync(path);

        Assert.True((int)response.StatusCode < 500, $"{path} gave {response.StatusCode}");
    }
}
