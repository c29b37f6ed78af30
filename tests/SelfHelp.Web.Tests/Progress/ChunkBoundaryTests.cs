using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Tests.Progress;

/// <summary>
/// Issue 13: progress was wiped when the protected cookie grew to just under a chunk's size. A person writes answers
/// whose saved state sweeps across the boundary in small steps; after every save, the next two requests must still
/// read everything back.
/// </summary>
public sealed class ChunkBoundaryTests : IClassFixture<BundledSite>
{
    private readonly BundledSite _site;

    public ChunkBoundaryTests(BundledSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task Save_AtEveryStateLengthAcrossTheFirstChunkBoundary_KeepsEverything()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new BrowserCookieJar();
        var forms = TextForms().ToList();
        var written = new List<(string Path, string Selector, string Text)>();

        // Fill answers with text that barely compresses until the state is a little under the boundary.
        var next = 0;
        while (StateLength(jar) < 3450)
        {
            var (path, form, field) = forms[next++];
            var text = Text(300, seed: next);
            await SaveAsync(client, jar, path, form, field, text);
            written.Add((path, $"#f-{form}-{field}", text));
        }

        // Then grow one answer a few characters at a time (moving to the next box when one is full) across the boundary.
        var seen = new List<int>();
        var length = 0;
        while (StateLength(jar) <= 4200)
        {
            length += 3;
            if (length > 1000)
            {
                next++;
                length = 3;
            }

            var (path, form, field) = forms[next];
            var text = Text(length, seed: 1000 + length);
            await SaveAsync(client, jar, path, form, field, text);
            seen.Add(StateLength(jar));

            // The page after the redirect has saved again (marking the step read); one more request must read it all.
            var again = await GetDocumentAsync(client, jar, path);
            Assert.True(again.QuerySelector(".notice") is null, $"The saved state of {StateLength(jar)} characters could not be read back.");
            Assert.Equal(text, again.Single($"#f-{form}-{field}").TextContent);
            var first = written[0];
            Assert.Equal(first.Text, (await GetDocumentAsync(client, jar, first.Path)).Single(first.Selector).TextContent);
            if (length == 1000)
            {
                written.Add((path, $"#f-{form}-{field}", text));
            }
        }

        Assert.Contains(seen, l => l < 3700);
        Assert.Contains(seen, l => l > 4100);
        foreach (var (path, selector, text) in written)
        {
            Assert.Equal(text, (await GetDocumentAsync(client, jar, path)).Single(selector).TextContent);
        }
    }

    private IEnumerable<(string Path, string Form, string Field)> TextForms()
    {
        var catalogue = _site.Services.GetRequiredService<ContentStore>().Catalogue;
        foreach (var module in catalogue.Modules)
        {
            foreach (var step in module.Steps)
            {
                foreach (var form in step.Forms)
                {
                    // One box a form: a post carries the whole form, so a second box posted alone would clear the first.
                    if (form.Fields.FirstOrDefault(f => f.Kind == FieldKind.Text) is { } field)
                    {
                        yield return ($"/modules/{module.Id}/{step.Number}", form.Id, field.Id);
                    }
                }
            }
        }
    }

    /// <summary>The length of the protected progress value: the whole cookie, or its chunks joined.</summary>
    private static int StateLength(BrowserCookieJar jar) =>
        jar.Cookies.Where(c => c.Key == "state" || c.Key.StartsWith("stateC", StringComparison.Ordinal))
            .Where(c => !c.Value.StartsWith("chunks-", StringComparison.Ordinal))
            .Sum(c => c.Value.Length);

    private static async Task SaveAsync(HttpClient client, BrowserCookieJar jar, string path, string form, string field, string text)
    {
        var page = await GetDocumentAsync(client, jar, path);
        var token = page.QuerySelector("input[name=__token]")!.GetAttribute("value")!;
        var content = new FormUrlEncodedContent([new("__token", token), new("form", form), new($"answers.{field}", text), new("action", "save")]);
        var response = await jar.SendAsync(client, HttpMethod.Post, path, content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var refused = await Html.ParseAsync(response);
            Assert.Fail($"Saving {text.Length} characters on {path} (state {StateLength(jar)}: {string.Join(",", jar.Cookies.Keys)}) was refused: {refused.QuerySelector(".error-summary, .form-block__full")?.TextContent.Trim()}");
        }

        await jar.SendAsync(client, HttpMethod.Get, response.Headers.Location!.OriginalString);
    }

    private static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, BrowserCookieJar jar, string path) =>
        await Html.ParseAsync(await jar.SendAsync(client, HttpMethod.Get, path));

    private static string Text(int length, int seed)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var random = new Random(seed);
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }
}
