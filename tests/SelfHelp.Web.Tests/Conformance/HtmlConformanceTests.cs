using System.Net;
using AngleSharp.Html.Dom;
using SelfHelp.Web.Tests.Pages;

namespace SelfHelp.Web.Tests.Conformance;

/// <summary>
/// Every page the site can show, in English and German, empty and full, checked against the HTML standard by the
/// Nu Html Checker (<see cref="NuHtmlChecker"/>): the pages of every route, /help in every region it offers, every
/// step with saved answers in every box, the notebook, plan and progress pages with something in them, and the pages
/// a person meets when something goes wrong (an answer too long, words of danger, a form that could not be saved).
/// </summary>
public sealed class HtmlConformanceTests(BundledLanguagesSite site) : IClassFixture<BundledLanguagesSite>, IDisposable
{
    private static readonly string[] Languages = ["", "/de"];

    private readonly DirectoryInfo _pages = Directory.CreateTempSubdirectory("selfhelp-html-");
    private int _written;

    public void Dispose() => _pages.Delete(recursive: true);

    [Fact]
    public async Task EveryPage_InEveryState_IsValidHtml()
    {
        // Arrange
        foreach (var language in Languages)
        {
            var client = site.CreateClient(new() { AllowAutoRedirect = false });
            foreach (var path in EveryPageTests.Routes().Select(row => row.Data.Item1))
            {
                await WriteAsync(client, language + path);
            }

            await WriteHelpInEveryRegionAsync(language);
            await WriteAFullNotebookAsync(language);
            await WriteWhatGoesWrongAsync(language);
        }

        // Act
        var errors = await NuHtmlChecker.CheckAsync(_pages);

        // Assert
        Assert.True(_written > 350, $"only {_written} pages were checked");
        Assert.True(errors.Count == 0, $"{errors.Count} errors in {errors.Select(e => e.Page).Distinct().Count()} of {_written} pages:\n" + string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public async Task Checker_FaultsPutIntoOurOwnPage_AreFound()
    {
        // Arrange: a real page with three faults put into it (positive control: the test above can fail).
        var html = await (await site.CreateClient().GetPathAsync("/modules/welcome/3")).TextAsync();
        html = html.Replace("<main ", "<main><div id=\"main\"></div><form><form></form></form><p><div>in a paragraph</div></p><main hidden ", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(_pages.FullName, "faulty.html"), html, TestContext.Current.CancellationToken);

        // Act
        var errors = await NuHtmlChecker.CheckAsync(_pages);

        // Assert
        Assert.All(errors, e => Assert.Equal("faulty.html", e.Page));
        Assert.Contains(errors, e => e.Message.Contains("Duplicate ID “main”", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("Saw a “form” start tag, but there was already an active “form” element", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("No “p” element in scope", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> WriteAsync(HttpClient client, string path)
    {
        var response = await client.GetPathAsync(path);
        await WriteAsync(path, response);
        return response;
    }

    private async Task WriteAsync(string name, HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return;
        }

        var file = $"{++_written:0000}{string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'))}.html";
        await File.WriteAllTextAsync(Path.Combine(_pages.FullName, file), await response.TextAsync(), TestContext.Current.CancellationToken);
    }

    private async Task WriteHelpInEveryRegionAsync(string language)
    {
        var choices = (await site.CreateClient().GetDocumentAsync($"{language}/help")).QuerySelectorAll("#region option").Select(o => o.GetAttribute("value")!);
        foreach (var choice in choices)
        {
            var client = site.CreateClient();
            await client.PostFormAsync($"{language}/help", ("region", choice));
            await WriteAsync(client, $"{language}/help?{choice}");
        }
    }

    /// <summary>Words in every box of the programme, then every step and every page that shows them.</summary>
    private async Task WriteAFullNotebookAsync(string language)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var steps = new List<string>();
        var modules = $"{language}/modules/";
        foreach (var module in (await LinksAsync(client, $"{language}/modules", modules)).Where(m => !m[modules.Length..].Contains('/', StringComparison.Ordinal)))
        {
            steps.AddRange((await LinksAsync(client, module, module + "/")).Where(s => s[(module.Length + 1)..].All(char.IsAsciiDigit)));
        }

        Assert.True(steps.Count > 40, $"{language}: only {steps.Count} steps found");
        foreach (var step in steps)
        {
            var page = await client.GetDocumentAsync(step);
            var boxes = page.QuerySelectorAll("textarea[name]").Select(t => t.GetAttribute("name")!).ToList();
            if (boxes.Count == 0)
            {
                continue;
            }

            var fields = page.QuerySelectorAll("input[name=forms]").Select(f => ("forms", f.GetAttribute("value")!))
                .Concat(boxes.Select(box => (box, "Words of my own, with <b>tags</b> & \"quotes\",\nand a second line.")))
                .Append(("go", "save:page"));
            var saved = await client.PostFormAsync(step, page, [.. fields]);
            Assert.True(saved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.OK, $"saving {step} gave {saved.StatusCode}");
            await WriteAsync(client, step);
        }

        foreach (var path in new[] { "/my-answers", "/my-plan", "/my-progress", "/check-in", "/exercises", "/save", "/forget", "/modules", "/" })
        {
            await WriteAsync(client, language + path);
        }
    }

    private async Task WriteWhatGoesWrongAsync(string language)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var step = $"{language}/modules/why-change/2";
        var page = await client.GetDocumentAsync(step);
        var box = page.QuerySelectorAll("textarea[name]")[0].GetAttribute("name")!;
        var form = page.Single("input[name=forms]").GetAttribute("value")!;

        // An answer too long to keep, then words of danger: both come back on the step itself.
        await WriteAsync($"{step}-too-long", await client.PostFormAsync(step, page, ("forms", form), (box, new string('a', 20_000)), ("go", "save:page")));
        var danger = language == "" ? "I am scared I will hurt a child tonight." : "Ich habe Angst, dass ich heute Nacht einem Kind etwas antue.";
        var distress = await client.PostFormAsync(step, page, ("forms", form), (box, danger), ("go", "save:page"));
        Assert.Equal(HttpStatusCode.OK, distress.StatusCode);
        await WriteAsync($"{step}-danger", distress);

        // A form whose token has gone: every word comes back on its own page.
        var refused = await client.PostAsync(new Uri(step, UriKind.Relative), new FormUrlEncodedContent([new("__token", "gone"), new("forms", form), new(box, "Words I typed."), new("go", "save:page")]), TestContext.Current.CancellationToken);
        await WriteAsync($"{step}-token-gone", refused);

        // Where to start, sent without an answer.
        await WriteAsync($"{language}/start-empty", await client.PostFormAsync($"{language}/start"));
    }

    private static async Task<List<string>> LinksAsync(HttpClient client, string path, string prefix) =>
        [.. (await client.GetDocumentAsync(path)).QuerySelectorAll("main a[href]").OfType<IHtmlAnchorElement>()
            .Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith(prefix, StringComparison.Ordinal) && href.Length > prefix.Length && !href.Contains('#', StringComparison.Ordinal))
            .Distinct()];
}
