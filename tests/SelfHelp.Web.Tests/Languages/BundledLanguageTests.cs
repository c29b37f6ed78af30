using System.Net;
using System.Xml.Linq;

namespace SelfHelp.Web.Tests.Languages;

/// <summary>The bundled content root served as one site: English at /, German at /de (ADR 0010).</summary>
public sealed class BundledLanguageTests(BundledLanguagesSite site) : IClassFixture<BundledLanguagesSite>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/de/")]
    [InlineData("/de/modules")]
    [InlineData("/de/modules/the-law/1")]
    [InlineData("/de/help")]
    [InlineData("/de/now")]
    [InlineData("/de/exercises")]
    [InlineData("/de/privacy")]
    public async Task Get_GermanPage_IsGermanThroughout(string path)
    {
        var response = await _client.GetPathAsync(path);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Seite verlassen", page.Single(".quick-exit").ChildNodes[0].TextContent.Trim());
        Assert.Equal("https://www.dwd.de/", page.Single(".quick-exit").GetAttribute("href"));
        Assert.Equal("Selbsthilfe", page.Single(".site-header__name").TextContent.Trim());
        Assert.Equal("English", page.Single(".language-switch a").TextContent);
        Assert.NotNull(page.QuerySelector("a[href^='tel:']"));
    }

    [Fact]
    public async Task Post_GermanCheckIn_ShowsDatesTheGermanWay()
    {
        var client = site.CreateClient();
        var saved = await client.PostFormAsync("/de/check-in", ("q.urge-days", "2"), ("q.strongest-urge", "3"), ("q.clear-days", "4"), ("q.used-plan", "1"), ("q.mood", "3"));
        Assert.True((int)saved.StatusCode < 400, $"saving gave {saved.StatusCode}");

        var checkIn = await client.GetDocumentAsync("/de/check-in");
        var progress = await client.GetDocumentAsync("/de/my-progress");

        var today = DateTime.Now;
        Assert.Contains($"{today.Day}. ", checkIn.Body!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"\b\d{1,2}\. [A-Z][a-zä]{2}", progress.Body!.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/de")]
    public async Task Get_Help_InEveryRegionItOffers_NamesEachElementOnce(string language)
    {
        // A service that serves several countries is listed under each of them; the Nu Html Checker found Troubled
        // Desire twice under one id on the German page (Germany's list, and Austria's folded away).
        var choices = (await _client.GetDocumentAsync($"{language}/help")).QuerySelectorAll("#region option").Select(o => o.GetAttribute("value")!).ToList();
        Assert.True(choices.Count >= 3, $"only {choices.Count} regions offered");

        foreach (var choice in choices)
        {
            var client = site.CreateClient();
            var chosen = await client.PostFormAsync($"{language}/help", ("region", choice));
            Assert.True((int)chosen.StatusCode < 400, $"choosing {choice} gave {chosen.StatusCode}");
            var page = await client.GetDocumentAsync($"{language}/help");

            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.True(ids.Count > 10, $"{choice}: only {ids.Count} ids");
            Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => $"{choice}: {g.Key}"));
        }
    }

    [Fact]
    public async Task Get_EnglishPage_KeepsTheSitesQuickExit()
    {
        var page = await _client.GetDocumentAsync("/modules");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("https://www.bbc.co.uk/weather", page.Single(".quick-exit").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_GermanHelp_DefaultsToGermanHelplines()
    {
        var page = await _client.GetDocumentAsync("/de/help");

        var phones = page.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("tel:112", phones);
        Assert.Contains("tel:+498001110111", phones);
        Assert.DoesNotContain("tel:999", phones);
    }

    [Fact]
    public async Task Get_EveryEnglishModuleStep_HasAGermanStepOfTheSameNumber()
    {
        var xml = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var paths = xml.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToHashSet(StringComparer.Ordinal);

        var english = paths.Where(p => p.StartsWith("/modules/", StringComparison.Ordinal) || p.StartsWith("/exercises/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(english);
        Assert.All(english, p => Assert.Contains("/de" + p, paths));
    }

    [Theory]
    [InlineData("/e/6.1", "/modules/thoughts/")]
    [InlineData("/de/e/6.1", "/de/modules/thoughts/")]
    public async Task Get_ExerciseCode_IsTheSameExerciseInBothLanguages(string path, string module)
    {
        var response = await _client.GetPathAsync(path);

        Assert.StartsWith(module, response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
