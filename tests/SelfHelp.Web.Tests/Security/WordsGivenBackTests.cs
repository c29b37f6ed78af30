using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// A post that fails before it is saved (refused for too many posts in a minute, its page gone, a failure) gives every
/// word back, instead of trusting the browser to keep them when the person goes back (no browser has to, for pages
/// sent no-store). ADR 0013.
/// </summary>
public sealed class WordsGivenBackTests : IDisposable
{
    private const string Step = "/modules/welcome/3";
    private const string Form = "looking-after-myself";
    private const string Field = Form + ".hopes";

    // Long, with markup, quotes, ampersands, umlauts and line breaks: all of it must come back exactly.
    private static readonly string Words = string.Concat(Enumerable.Repeat("Ich möchte <b>aufhören</b> & \"neu\" anfangen.\r\nZeile zwei. ", 60)) + "Ende.";

    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("selfhelp-web-tests-given-back-keys-");

    [Fact]
    public async Task Post_StepOverTheLimit_GivesEveryWordBackInAFormThatSavesThemWhenSentAgain()
    {
        using var strict = Site(postsPerMinute: 1);
        var (jar, client, page) = await OpenStepAsync(strict);

        var first = await jar.SendAsync(client, HttpMethod.Post, Step, Post(page, "first words"));
        var refused = await jar.SendAsync(client, HttpMethod.Post, Step, Post(page, Words));

        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var document = await Html.ParseAsync(refused);
        Assert.NotNull(document.QuerySelector("section#safety"));
        var form = (IHtmlFormElement)document.Single("form[data-test=given-back]");
        Assert.Equal(Step, form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        var box = (IHtmlTextAreaElement)form.Single($"textarea[name='{Field}']");
        Assert.Equal(Words.ReplaceLineEndings("\n"), box.Value.ReplaceLineEndings("\n"));
        Assert.Equal(box.Id, document.Single($"label[for='{box.Id}']").GetAttribute("for"));
        Assert.Equal(Form, form.Single("input[type=hidden][name=forms]").GetAttribute("value"));
        Assert.Equal("next", form.Single("input[type=hidden][name=go]").GetAttribute("value"));
        var token = form.Single("input[type=hidden][name=__token]").GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token));

        // "Save again" once the minute is over: here, an instance with the same key ring that is not paused.
        using var open = Site(postsPerMinute: 1000);
        var other = open.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var again = await jar.SendAsync(other, HttpMethod.Post, Step, new FormUrlEncodedContent(Fields(form)));

        Assert.Equal(HttpStatusCode.Found, again.StatusCode);
        Assert.Equal("/modules/welcome/4?saved=page", again.Headers.Location?.OriginalString);
        var saved = await Html.ParseAsync(await jar.SendAsync(other, HttpMethod.Get, Step));
        Assert.Equal(Words.ReplaceLineEndings("\n"), ((IHtmlTextAreaElement)saved.Single($"textarea[name='{Field}']")).Value.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Post_StepOverTheLimit_WithAControlCharacterPasted_StillGivesTheWordsBack()
    {
        using var strict = Site(postsPerMinute: 1);
        var (jar, client, page) = await OpenStepAsync(strict);

        await jar.SendAsync(client, HttpMethod.Post, Step, Post(page, "first words"));
        var refused = await jar.SendAsync(client, HttpMethod.Post, Step, Post(page, "pasted from a note\0 and more words"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var box = (IHtmlTextAreaElement)(await Html.ParseAsync(refused)).Single($"form[data-test=given-back] textarea[name='{Field}']");
        Assert.Equal("pasted from a note and more words", box.Value);
    }

    [Fact]
    public async Task Post_ThatTheProxyRefusedAsTooMany_IsRefusedHereTooWithTheWordsGivenBack()
    {
        using var site = Site(postsPerMinute: 1000);
        var (jar, client, page) = await OpenStepAsync(site);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Step, UriKind.Relative)) { Content = Post(page, "words nginx held back") };
        request.Headers.Add("Cookie", jar.HeaderFor(Step));
        request.Headers.Add("X-SelfHelp-Refused", "1");

        var refused = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var box = (IHtmlTextAreaElement)(await Html.ParseAsync(refused)).Single($"form[data-test=given-back] textarea[name='{Field}']");
        Assert.Equal("words nginx held back", box.Value);
        var reread = await Html.ParseAsync(await jar.SendAsync(client, HttpMethod.Get, Step));
        Assert.Equal("", ((IHtmlTextAreaElement)reread.Single($"textarea[name='{Field}']")).Value);
    }

    [Fact]
    public async Task Post_ThatFailsWithAnException_GivesTheWordsBackWithAButtonToTryAgain()
    {
        using var site = new SelfHelpFactory(Paths.BundledContent, services: services =>
            services.Configure<MvcOptions>(options => options.Filters.Add(new ThrowsOnPost())));
        var (jar, client, page) = await OpenStepAsync(site);

        var failed = await jar.SendAsync(client, HttpMethod.Post, Step, Post(page, Words));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var document = await Html.ParseAsync(failed);
        Assert.Equal("Sorry, something went wrong", document.Single("h1").TextContent.Trim());
        var form = (IHtmlFormElement)document.Single("form[data-test=given-back]");
        Assert.Equal(Step, form.GetAttribute("action"));
        Assert.Equal(Words.ReplaceLineEndings("\n"), ((IHtmlTextAreaElement)form.Single($"textarea[name='{Field}']")).Value.ReplaceLineEndings("\n"));
        Assert.Equal("next", form.Single("input[type=hidden][name=go]").GetAttribute("value"));
        Assert.False(string.IsNullOrEmpty(form.Single("input[type=hidden][name=__token]").GetAttribute("value")));
        Assert.Equal("Try saving again", form.Single("button[type=submit]").TextContent.Trim());
        Assert.DoesNotContain(ThrowsOnPost.Secret, document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ToAStepThatIsGone_GivesTheWordsBackToCopy()
    {
        using var site = Site(postsPerMinute: 1000);
        var (jar, client, page) = await OpenStepAsync(site);

        // The page was open while an editor took the module away.
        var gone = await jar.SendAsync(client, HttpMethod.Post, "/modules/taken-away/3", Post(page, "words written before the module went"));

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        // What happened, and boxes to copy from, not a form: there is nowhere to save them.
        var document = await Html.ParseAsync(gone);
        Assert.Contains("The page you were writing on is no longer here.", document.Single("main").TextContent, StringComparison.Ordinal);
        var words = document.Single("[data-test=given-back]");
        Assert.Equal("DIV", words.TagName);
        Assert.Equal("words written before the module went", ((IHtmlTextAreaElement)words.Single($"textarea[name='{Field}']")).Value);
        Assert.Null(words.QuerySelector("button"));
        Assert.Null(words.QuerySelector("input[type=hidden]"));
    }

    [Fact]
    public async Task Post_FromAnotherSite_IsNotShownAsThePersonsWords()
    {
        using var strict = Site(postsPerMinute: 1);
        var client = strict.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        HttpResponseMessage? refused = null;
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Step, UriKind.Relative))
            {
                Content = new FormUrlEncodedContent([KeyValuePair.Create("forms", Form), KeyValuePair.Create(Field, "Call this number now")]),
            };
            request.Headers.Add("Sec-Fetch-Site", "cross-site");
            refused = await client.SendAsync(request, TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, refused!.StatusCode);
        var document = await Html.ParseAsync(refused);
        Assert.Null(document.QuerySelector("[data-test=given-back]"));
        Assert.DoesNotContain("Call this number now", document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OverTheLimitWhereNobodyTypes_SaysWaitWithoutAForm()
    {
        using var strict = Site(postsPerMinute: 1);
        var client = strict.CreateClient(new() { AllowAutoRedirect = false });

        await client.PostFormAsync("/help", ("region", "gb"));
        var refused = await client.PostFormAsync("/help", ("region", "gb"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var document = await Html.ParseAsync(refused);
        Assert.Null(document.QuerySelector("[data-test=given-back]"));
        Assert.Contains("wait a minute", document.Single("main").TextContent, StringComparison.Ordinal);
    }

    public void Dispose() => _keys.Delete(recursive: true);

    private SelfHelpFactory Site(int postsPerMinute) => new(Paths.BundledContent, settings: new()
    {
        ["KeyRing:Path"] = _keys.FullName,
        ["Security:PostsPerMinute"] = postsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>A person's browser on <paramref name="site"/>, with the step open.</summary>
    private static async Task<(BrowserCookieJar Jar, HttpClient Client, IHtmlDocument Page)> OpenStepAsync(SelfHelpFactory site)
    {
        var jar = new BrowserCookieJar();
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        return (jar, client, await Html.ParseAsync(await jar.SendAsync(client, HttpMethod.Get, Step)));
    }

    private static FormUrlEncodedContent Post(IHtmlDocument page, string words) => new(
    [
        KeyValuePair.Create("__token", page.Single("input[name=__token]").GetAttribute("value")!),
        KeyValuePair.Create("forms", Form),
        KeyValuePair.Create(Field, words),
        KeyValuePair.Create("go", "next"),
    ]);

    private sealed class ThrowsOnPost : IPageFilter
    {
        public const string Secret = "secret-failure-detail";

        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (Microsoft.AspNetCore.Http.HttpMethods.IsPost(context.HttpContext.Request.Method) && context.HttpContext.Request.Path.StartsWithSegments("/modules", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(Secret);
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }

    /// <summary>What a browser sends for the form: its hidden fields and its boxes, in order.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Fields(IHtmlFormElement form) =>
        form.Elements.Select(element => element switch
        {
            IHtmlInputElement input => KeyValuePair.Create(input.Name!, input.Value),
            IHtmlTextAreaElement box => KeyValuePair.Create(box.Name!, box.Value),
            _ => default,
        }).Where(field => field.Key is not null);
}
