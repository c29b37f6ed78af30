using System.Net;
using AngleSharp.Html.Dom;
using SelfHelp.Content.Loading;

namespace SelfHelp.Web.Tests.Pages;

/// <summary>Invariants that hold on every page the site can show, walked over the bundled content.</summary>
public sealed class EveryPageTests : IClassFixture<BundledSite>
{
    private readonly HttpClient _client;

    public EveryPageTests(BundledSite factory)
    {
        _client = factory.CreateClient(new() { AllowAutoRedirect = false });
    }

    public static TheoryData<string, int> Routes()
    {
        var catalogue = new ContentLoader().Load(Paths.BundledContent).Catalogue;

        var routes = new TheoryData<string, int> { { "/", 200 }, { "/modules", 200 }, { "/no-such-page", 404 }, { "/modules/no-such-module", 404 }, { "/status/500", 404 }, { "/error", 404 }, { "/status/400", 400 }, { "/status/405", 405 },
            { "/help", 200 }, { "/my-answers", 200 }, { "/save", 200 }, { "/privacy", 200 }, { "/forget", 200 }, { "/about", 200 }, { "/exercises", 200 }, { "/preferences", 200 }, { "/e/no-such-code", 404 },
            { "/start", 200 }, { "/my-progress", 200 }, { "/practitioners", 200 }, { "/feedback/welcome", 200 }, { "/feedback/programme", 200 }, { "/what-people-told-us", 404 } };
        foreach (var exercise in catalogue.Exercises)
        {
            routes.Add($"/exercises/{exercise.Code}/sheet", 200);
        }

        foreach (var module in catalogue.Modules)
        {
            routes.Add($"/modules/{module.Id}", 200);
            routes.Add($"/modules/{module.Id}/before", 200);
            routes.Add($"/modules/{module.Id}/1/break", 200);
            foreach (var step in module.Steps)
            {
                routes.Add($"/modules/{module.Id}/{step.Number}", 200);
            }
        }

        return routes;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_AnyPage_HasTheSiteLayout(string path, int status)
    {
        var response = await _client.GetPathAsync(path);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var document = await Html.ParseAsync(response);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Matches(@"^\S.* – Self-help$", document.Title);
        Assert.All(document.QuerySelectorAll("link[rel=icon]"), icon => Assert.Matches(@"^/favicon\.[a-z0-9]+\.(ico|svg)$", icon.GetAttribute("href")));
        Assert.Equal(2, document.QuerySelectorAll("link[rel=icon]").Length);
        Assert.False(string.IsNullOrWhiteSpace(document.Single("meta[name=description]").GetAttribute("content")));
        Assert.Equal("width=device-width, initial-scale=1", document.Single("meta[name=viewport]").GetAttribute("content"));
        Assert.Equal("#main", document.QuerySelector("body a")?.GetAttribute("href"));
        Assert.Equal("main", document.Single("main#main").LocalName);
        Assert.False(string.IsNullOrWhiteSpace(document.Single("h1").TextContent));
        Assert.NotNull(document.QuerySelector("header nav a[href='/modules']"));
        Assert.NotNull(document.QuerySelector("header nav a[href='/help']"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_AnyPage_HasSafetyPanelAndQuickExit(string path, int status)
    {
        _ = status;
        var document = await _client.GetDocumentAsync(path);

        var exit = document.Single("a[data-quick-exit]");
        Assert.Equal("https://www.bbc.co.uk/weather", exit.GetAttribute("href"));
        Assert.Equal("noreferrer noopener", exit.GetAttribute("rel"));
        var focusable = document.QuerySelectorAll("a[href], button, input, select, textarea").ToList();
        Assert.Equal(exit, focusable[1]);
        var panel = document.Single("#safety");
        Assert.Equal(["tel:+448081000900", "tel:116123", "tel:999"], panel.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")));
        Assert.Equal("/help", panel.QuerySelector("a[href='/help']")?.GetAttribute("href"));
        var scripts = document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.Matches(@"^/js/quick-exit\.[a-z0-9]+\.js$", scripts[0]);

        // Step pages add Listen, which reads the step aloud; pages with a form add the script that keeps unsaved
        // words from being lost (a warning before leaving, and room left in a box).
        var isStep = path.Count(c => c == '/') == 3 && char.IsAsciiDigit(path[^1]);
        var hasForm = document.QuerySelector("form[data-unsaved-warning]") is not null;
        Assert.Equal(1 + (isStep ? 1 : 0) + (hasForm ? 1 : 0), scripts.Count);
        Assert.Equal(isStep, scripts.Any(src => System.Text.RegularExpressions.Regex.IsMatch(src, @"^/js/listen\.[a-z0-9]+\.js$")));
        Assert.Equal(hasForm, scripts.Any(src => System.Text.RegularExpressions.Regex.IsMatch(src, @"^/js/forms\.[a-z0-9]+\.js$")));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_AnyPage_LoadsNothingFromAnotherSite(string path, int status)
    {
        _ = status;
        var document = await _client.GetDocumentAsync(path);

        var loaded = document.QuerySelectorAll("[src], link[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "");
        Assert.All(loaded, url => Assert.StartsWith("/", url, StringComparison.Ordinal));
        Assert.All(loaded, url => Assert.False(url.StartsWith("//", StringComparison.Ordinal), url));
        Assert.Empty(document.QuerySelectorAll("script:not([src]), style, [style]"));
        Assert.Empty(document.QuerySelectorAll("a[href*='localhost'], form[action*='localhost']"));
        var outside = document.QuerySelectorAll("a[href^='http']").Cast<IHtmlAnchorElement>();
        Assert.All(outside, a => Assert.Equal("noreferrer noopener", a.GetAttribute("rel")));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_AnyPage_SendsSecurityHeadersAndIsNeverCached(string path, int status)
    {
        _ = status;
        var response = await _client.GetPathAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} may be cached.");
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Get_Stylesheet_IsFingerprintedAndServed()
    {
        var document = await _client.GetDocumentAsync("/");

        var href = document.Single("link[rel=stylesheet]").GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        var css = await _client.GetPathAsync(href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), css.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", css.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }
}
