using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

/// <summary>
/// Issue 14: everything a person writes is kept, for the whole programme. A full notebook is written through the
/// pages as a browser without JavaScript would, and read back on the pages, on My answers, in the download and
/// through a progress file.
/// </summary>
public sealed partial class NotebookStoreTests : IClassFixture<BundledSite>
{
    private readonly BundledSite _site;

    public NotebookStoreTests(BundledSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task FullNotebook_EveryAnswerComesBackWhole_OnPagesMyAnswersDownloadAndThroughAFile()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new BrowserCookieJar();
        var written = await WriteFullNotebookAsync(client, jar);

        Assert.True(written.Count(w => w.Kind == FieldKind.Text) >= 77, $"Only {written.Count} boxes were written.");
        foreach (var (path, selector, kind, answer) in written)
        {
            var page = await GetDocumentAsync(client, jar, path);
            Assert.Null(page.QuerySelector(".notice"));
            Assert.Equal(answer, kind == FieldKind.Text ? page.Single(selector).TextContent : page.Single(selector).GetAttribute("value"));
        }

        // Every cookie fits what browsers keep, and the whole header what Kestrel and nginx (as documented) accept.
        Assert.All(jar.Cookies, c => Assert.True(c.Key.Length + c.Value.Length + 1 <= 4096, $"{c.Key} is {c.Value.Length} characters."));
        var header = jar.HeaderFor("/")!;
        Assert.True(header.Length < ProgressLimits.MaxRequestHeadersBytes - 4096, $"The Cookie header is {header.Length} characters.");

        var answers = Decode(await (await jar.SendAsync(client, HttpMethod.Get, "/my-answers")).TextAsync());
        var download = await jar.SendAsync(client, HttpMethod.Get, "/my-answers/download?format=txt");
        var text = await download.TextAsync();
        Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
        Assert.All(written, w => Assert.Contains(w.Text, answers, StringComparison.Ordinal));
        Assert.All(written, w => Assert.Contains(w.Text, text, StringComparison.Ordinal));

        var file = await (await jar.SendAsync(client, HttpMethod.Get, "/save/file")).TextAsync();
        var fresh = new BrowserCookieJar();
        var restore = await GetDocumentAsync(client, fresh, "/save");
        var restored = await fresh.SendAsync(client, HttpMethod.Post, "/save", new FormUrlEncodedContent(
            [new("__token", restore.Single("input[name=__token]").GetAttribute("value")!), new("code", file)]));
        Assert.Equal("/save?restored=1", restored.Headers.Location?.OriginalString);
        foreach (var (path, selector, kind, expected) in written)
        {
            var page = await GetDocumentAsync(client, fresh, path);
            Assert.Equal(expected, kind == FieldKind.Text ? page.Single(selector).TextContent : page.Single(selector).GetAttribute("value"));
        }

        // A full notebook says so, and suggests keeping a copy.
        var myAnswers = await GetDocumentAsync(client, jar, "/my-answers");
        Assert.Matches(@"Your notebook is \d+% full\.", myAnswers.Single(".space-note__text").TextContent);
    }

    [Fact]
    public async Task Save_OneModule_RewritesOnlyItsOwnCookie_AndAPageThatChangesNothingWritesNothing()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new BrowserCookieJar();
        var catalogue = _site.Services.GetRequiredService<ContentSource>().Current.Content.Catalogue;
        var boxes = Boxes(catalogue).Where(b => b.Kind == FieldKind.Text).ToList();
        var first = boxes.First();
        var second = boxes.First(b => b.Module != first.Module);
        await SaveAsync(client, jar, first.Path, [(first, "In the first module")]);
        await SaveAsync(client, jar, second.Path, [(second, "In another module")]);
        await jar.SendAsync(client, HttpMethod.Get, second.Path);

        var again = await jar.SendAsync(client, HttpMethod.Get, second.Path);
        var saved = await SaveAsync(client, jar, second.Path, [(second, "Changed in another module")]);

        Assert.False(again.Headers.Contains("Set-Cookie") && again.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("state", StringComparison.Ordinal)));
        var names = saved.Headers.GetValues("Set-Cookie").Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]).ToList();
        Assert.Contains(ProgressStore.AnswerCookieName("state", second.Module), names);
        Assert.DoesNotContain(ProgressStore.AnswerCookieName("state", first.Module), names);
        Assert.Equal("In the first module", (await GetDocumentAsync(client, jar, first.Path)).Single(first.Selector).TextContent);
    }

    [Fact]
    public async Task Version2Cookie_WithAnswersInside_IsReadAndItsAnswersMoveToTheNotebook()
    {
        // A cookie as the site wrote it before issue 14: steps by number, answers inside the progress cookie.
        var protector = _site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ProgressProtector.CookiePurpose);
        var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(true);
            writer.Write("welcome");
            writer.Write7BitEncodedInt(3);
            writer.Write7BitEncodedInt(1);
            writer.Write("welcome");
            writer.Write7BitEncodedInt64(0b101);
            writer.Write(false);
            writer.Write((byte)4);
            writer.Write((byte)0);
            writer.Write7BitEncodedInt(1);
            writer.Write("looking-after-myself");
            writer.Write7BitEncodedInt(1);
            writer.Write("hopes");
            writer.Write("Written before the notebook existed");
            writer.Write7BitEncodedInt(0);
            writer.Write7BitEncodedInt(0);
            writer.Write(false);
        }

        var value = Base64Url.EncodeToString(protector.Protect([2, 0, .. body.ToArray()]));
        var client = _site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new BrowserCookieJar();
        jar.Apply(FakeResponse($"state={value}; path=/"));

        var page = await GetDocumentAsync(client, jar, "/modules/welcome/3");
        var module = await GetDocumentAsync(client, jar, "/modules/welcome");

        Assert.Equal("Written before the notebook existed", page.Single("#f-looking-after-myself-hopes").TextContent);
        Assert.Contains(ProgressStore.AnswerCookieName("state", "welcome"), jar.Cookies.Keys);
        Assert.Equal([true, false, true], ReadMarks(module).Take(3));
    }

    [Fact]
    public async Task AStepInsertedByAnEditor_ShiftsNoReadMark()
    {
        using var content = new TempFolder(Paths.FixtureContent);
        using var site = new SelfHelpFactory(content.Path);
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        await client.GetPathAsync("/modules/first/2");
        bool[] before = ReadMarks(await client.GetDocumentAsync("/modules/first"));
        Assert.Equal([false, true], before);

        var file = content.FileAt("modules/01-first.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("## One", "## A new first step\n\nSome new words.\n\n## One", StringComparison.Ordinal));
        var reloaded = site.Services.GetRequiredService<ContentSource>().Load();

        Assert.Empty(reloaded.Errors);
        bool[] after = ReadMarks(await client.GetDocumentAsync("/modules/first"));
        Assert.Equal([false, false, true], after);
        Assert.Equal("/modules/first/3", (await client.GetDocumentAsync("/")).Single("a[data-test=resume]").GetAttribute("href"));
    }

    private static bool[] ReadMarks(IHtmlDocument module) =>
        [.. module.QuerySelectorAll(".step-list__item").Select(li => li.QuerySelector(".step-list__read") is not null)];

    private sealed record Box(string Module, string Path, string Form, FormField Field, int Item)
    {
        public FieldKind Kind => Field.Kind;

        public string Name => $"{Form}.{Field.Id}";

        public string Selector => Item == 0 ? $"#f-{Form}-{Field.Id}" : $"#f-{Form}-{Field.Id}-{Item}";
    }

    /// <summary>Every text box and every list line of the programme, with its page.</summary>
    private static IEnumerable<Box> Boxes(ContentCatalogue catalogue) =>
        from module in catalogue.Modules
        from step in module.Steps
        from form in step.Forms
        from field in form.Fields
        where field.Kind is FieldKind.Text or FieldKind.List
        from item in field.Kind == FieldKind.Text ? [0] : Enumerable.Range(1, field.Items)
        select new Box(module.Id, $"/modules/{module.Id}/{step.Number}", form.Id, field, item);

    private async Task<List<(string Path, string Selector, FieldKind Kind, string Text)>> WriteFullNotebookAsync(HttpClient client, BrowserCookieJar jar)
    {
        var catalogue = _site.Services.GetRequiredService<ContentSource>().Current.Content.Catalogue;
        var words = Words(catalogue);
        var next = 0;
        string Passage(int count)
        {
            var passage = string.Join(' ', words.Skip(next % (words.Length - count)).Take(count));
            next += count;
            return passage;
        }

        var written = new List<(string, string, FieldKind, string)>();
        foreach (var page in Boxes(catalogue).GroupBy(b => b.Path))
        {
            var answers = page.Select(b => (Box: b, Text: b.Kind == FieldKind.Text ? Passage(100) : Passage(15))).ToList();
            var response = await SaveAsync(client, jar, page.Key, answers);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                // The modules' own words about harm can bring up the support message: then the page is shown again,
                // saved, with support first. Anything else is a refusal.
                var shown = await Html.ParseAsync(response);
                Assert.True(shown.QuerySelector(".error-summary") is null && shown.QuerySelector(".form-block__saved") is not null,
                    $"Saving {page.Key} was refused ({response.StatusCode}): {shown.QuerySelector(".error-summary")?.TextContent.Trim()}");
            }
            written.AddRange(answers.Select(a => (a.Box.Path, a.Box.Selector, a.Box.Kind, a.Text)));
        }

        return written;
    }

    /// <summary>Posts a step page as a browser does: every form on it, with these answers, by "Save and stay".</summary>
    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, BrowserCookieJar jar, string path, IEnumerable<(Box Box, string Text)> answers)
    {
        var page = await GetDocumentAsync(client, jar, path);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__token", page.Single("input[name=__token]").GetAttribute("value")!),
            new("go", "save:page"),
        };
        fields.AddRange(page.QuerySelectorAll("input[name=forms]").Select(f => KeyValuePair.Create("forms", f.GetAttribute("value")!)));
        fields.AddRange(answers.Select(a => KeyValuePair.Create(a.Box.Name, a.Text)));
        return await jar.SendAsync(client, HttpMethod.Post, path, new FormUrlEncodedContent(fields));
    }

    private static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, BrowserCookieJar jar, string path) =>
        await Html.ParseAsync(await jar.SendAsync(client, HttpMethod.Get, path));

    /// <summary>Natural prose that never repeats: the modules' own text, without markup.</summary>
    private static string[] Words(ContentCatalogue catalogue) =>
        [.. catalogue.Modules.SelectMany(m => m.Steps).SelectMany(s => s.Parts.OfType<HtmlPart>())
            .Select(p => Tags().Replace(WebUtility.HtmlDecode(p.Html), " "))
            .SelectMany(t => t.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))];

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    private static HttpResponseMessage FakeResponse(string setCookie)
    {
        var response = new HttpResponseMessage();
        response.Headers.Add("Set-Cookie", setCookie);
        return response;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
