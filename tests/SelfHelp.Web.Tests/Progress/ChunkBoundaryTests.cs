using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

/// <summary>
/// Issue 13: progress was wiped when a cookie grew to just under a chunk's size. A person writes answers in one
/// module whose cookie sweeps, in small steps, across the first and the second chunk boundary; after every save the
/// next two requests must read everything back, in this module and in another.
/// </summary>
public sealed class ChunkBoundaryTests : IClassFixture<BundledSite>
{
    private static readonly int[] Boundaries = [CookieChunks.DefaultChunkSize, 2 * CookieChunks.DefaultChunkSize];
    private readonly BundledSite _site;

    public ChunkBoundaryTests(BundledSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task Save_AtEveryLengthAcrossTheFirstTwoChunkBoundaries_KeepsEverything()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new BrowserCookieJar();
        var catalogue = _site.Services.GetRequiredService<ContentSource>().Current.Content.Catalogue;

        // Another module's answer, which must survive everything that happens to this one.
        var other = TextBoxes(catalogue.Modules[0]).First();
        await SaveAsync(client, jar, other, "An answer in another module");

        var module = catalogue.Modules.MaxBy(m => TextBoxes(m).Count())!;
        var family = ProgressStore.AnswerCookieName("state", module.Id);
        var boxes = TextBoxes(module).ToList();
        var seen = new List<int>();
        var kept = new List<(Box Box, string Text)>();
        var box = 0;
        var length = 0;
        var last = "";
        while (FamilyLength(jar, family) <= Boundaries[^1] + 300)
        {
            // Large steps far from a boundary, a few characters at a time near one.
            var current = FamilyLength(jar, family);
            length += Boundaries.Any(b => Math.Abs(b - current) < 300) ? 5 : 150;
            if (length > AnswerValues.MaxTextLength)
            {
                kept.Add((boxes[box], last));
                box++;
                length = 5;
            }

            var text = Text(length, seed: box);
            await SaveAsync(client, jar, boxes[box], text);
            last = text;
            seen.Add(FamilyLength(jar, family));

            // The page after the redirect, then one more request: everything must read back.
            var again = await GetDocumentAsync(client, jar, boxes[box].Path);
            Assert.True(again.QuerySelector(".notice") is null, $"Answers of {FamilyLength(jar, family)} characters could not be read back.");
            Assert.Equal(text, again.Single(boxes[box].Selector).TextContent);
            Assert.Equal("An answer in another module", (await GetDocumentAsync(client, jar, other.Path)).Single(other.Selector).TextContent);
        }

        foreach (var boundary in Boundaries)
        {
            Assert.Contains(seen, l => l > boundary - 200 && l < boundary - 20);
            Assert.Contains(seen, l => l > boundary + 20 && l < boundary + 200);
        }

        foreach (var (earlier, text) in kept)
        {
            Assert.Equal(text, (await GetDocumentAsync(client, jar, earlier.Path)).Single(earlier.Selector).TextContent);
        }
    }

    private sealed record Box(string Path, string Form, string Field)
    {
        public string Selector => $"#f-{Form}-{Field}";
    }

    /// <summary>The first free-text box of each form of a module (a post sends one form, so one box each keeps them apart).</summary>
    private static IEnumerable<Box> TextBoxes(Module module) =>
        from step in module.Steps
        from form in step.Forms
        let field = form.Fields.FirstOrDefault(f => f.Kind == FieldKind.Text)
        where field is not null
        select new Box($"/modules/{module.Id}/{step.Number}", form.Id, field.Id);

    /// <summary>The length of one cookie family's protected value: the whole cookie, or its chunks joined.</summary>
    private static int FamilyLength(BrowserCookieJar jar, string name) =>
        jar.Cookies.Where(c => c.Key == name || (c.Key.StartsWith(name + "C", StringComparison.Ordinal) && int.TryParse(c.Key.AsSpan(name.Length + 1), out _)))
            .Where(c => !c.Value.StartsWith(CookieChunks.ChunkedPrefix, StringComparison.Ordinal))
            .Sum(c => c.Value.Length);

    private static async Task SaveAsync(HttpClient client, BrowserCookieJar jar, Box box, string text)
    {
        var page = await GetDocumentAsync(client, jar, box.Path);
        var token = page.QuerySelector("input[name=__token]")!.GetAttribute("value")!;
        var content = new FormUrlEncodedContent([new("__token", token), new("forms", box.Form), new($"{box.Form}.{box.Field}", text), new("go", $"save:{box.Form}")]);
        var response = await jar.SendAsync(client, HttpMethod.Post, box.Path, content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var refused = await Html.ParseAsync(response);
            Assert.Fail($"Saving {text.Length} characters on {box.Path} was refused: {refused.QuerySelector(".error-summary, .form-block__full")?.TextContent.Trim()}");
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
