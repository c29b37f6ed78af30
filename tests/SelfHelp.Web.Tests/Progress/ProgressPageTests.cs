using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

public sealed class ProgressPageTests : IClassFixture<FixtureSite>
{
    private const string Exercise = "every-field";
    private readonly FixtureSite _site;

    public ProgressPageTests(FixtureSite site)
    {
        _site = site;
    }

    private HttpClient NewBrowser() => _site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Get_Step_MarksItReadInAnEncryptedHttpOnlyCookie()
    {
        var client = NewBrowser();

        var response = await client.GetPathAsync("/modules/first/1");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("state=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("first", cookie, StringComparison.Ordinal);
        var programme = await client.GetDocumentAsync("/modules");
        Assert.Equal("In progress", programme.Single("#status-first").TextContent.Trim());
        Assert.Equal("Not started", programme.Single("#status-second").TextContent.Trim());
        var module = await client.GetDocumentAsync("/modules/first");
        Assert.Equal("Read", module.Single(".step-list__read").TextContent.Trim());
        Assert.Equal("/modules/first/2", module.Single("a[data-test=continue]").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_SameStepAgain_WritesNoProgressCookie_ButMovingOnDoes()
    {
        // Nothing changed, so nothing is encrypted and sent back (issue 21); the next step changes what was read.
        var client = NewBrowser();
        await client.GetPathAsync("/modules/first/1");

        var again = await client.GetPathAsync("/modules/first/1");
        var next = await client.GetPathAsync("/modules/first/2");

        Assert.DoesNotContain(again.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("state=", StringComparison.Ordinal));
        Assert.Contains(next.Headers.GetValues("Set-Cookie"), c => c.StartsWith("state=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_Home_AfterReadingAStep_OffersToContinue()
    {
        var client = NewBrowser();
        await client.GetPathAsync("/modules/first/2");

        var home = await client.GetDocumentAsync("/");

        Assert.Equal("/modules/first/2", home.Single("a[data-test=resume]").GetAttribute("href"));
        Assert.Null(home.QuerySelector("a.button--start"));
    }

    [Fact]
    public async Task Post_Exercise_SavesConfirmsAndShowsAnswersAgain()
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync("/modules/first/1",
            ("forms", Exercise), ($"{Exercise}.story", "My <b>own</b> story"), ($"{Exercise}.ready", "7"),
            ($"{Exercise}.helps", "1"), ($"{Exercise}.people", "Sam"), ($"{Exercise}.people", "A helpline"), ("go", "save:" + Exercise));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/modules/first/1?saved={Exercise}#f-{Exercise}-title", response.Headers.Location?.OriginalString);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Saved. Your answers are kept in this browser only.", page.Single(".form-block__saved").TextContent.Trim());
        Assert.Equal("My <b>own</b> story", page.Single($"#f-{Exercise}-story").TextContent);
        Assert.NotNull(page.QuerySelector($"#f-{Exercise}-ready-7[checked]"));
        Assert.Null(page.QuerySelector($"#f-{Exercise}-ready-6[checked]"));
        Assert.NotNull(page.QuerySelector($"#f-{Exercise}-helps-1[checked]"));
        Assert.Null(page.QuerySelector($"#f-{Exercise}-helps-0[checked]"));
        Assert.Equal("Sam", page.Single($"#f-{Exercise}-people-1").GetAttribute("value"));
        Assert.Equal("A helpline", page.Single($"#f-{Exercise}-people-2").GetAttribute("value"));
    }

    [Fact]
    public async Task Post_InvalidAnswer_ShowsErrorSummaryAndKeepsWhatWasTyped()
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync("/modules/first/1",
            ("forms", Exercise), ($"{Exercise}.story", "Keep this text"), ($"{Exercise}.ready", "11"), ("go", "save:" + Exercise));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var link = page.Single(".error-summary a");
        Assert.Equal($"#f-{Exercise}-ready-1", link.GetAttribute("href"));
        Assert.Equal("Choose a number from 1 to 10.", link.TextContent.Trim());
        Assert.Equal("Keep this text", page.Single($"#f-{Exercise}-story").TextContent);
        var fieldset = page.Single($"#f-{Exercise}-ready-1").Closest("fieldset")!;
        Assert.Contains($"f-{Exercise}-ready-error", fieldset.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.DoesNotContain("Keep this text", string.Join(";", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TextOverTheLimit_IsRefusedAndKept()
    {
        var client = NewBrowser();
        var text = new string('a', AnswerValues.MaxTextLength + 1);

        var page = await Html.ParseAsync(await client.PostFormAsync("/modules/first/1", ("forms", Exercise), ($"{Exercise}.story", text)));

        Assert.Contains("4,001 characters", page.Single(".error-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal(text, page.Single($"#f-{Exercise}-story").TextContent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("a-stale-token-from-before-a-key-rotation")]
    public async Task Post_WithoutAValidAntiforgeryToken_GivesTheWordsBackAndSavesNothing(string? token)
    {
        var client = NewBrowser();
        await client.GetPathAsync("/modules/first/1");
        KeyValuePair<string, string>[] fields = [new("forms", Exercise), new($"{Exercise}.story", "Words I must not lose"), new("go", "next")];

        var response = await client.PostAsync(new Uri("/modules/first/1", UriKind.Relative),
            new FormUrlEncodedContent(token is null ? fields : [.. fields, new("__token", token)]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Words I must not lose", page.Single($"#f-{Exercise}-story").TextContent);
        Assert.Contains("We could not save this page", page.Single(".error-summary").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.NotEmpty(page.Single("input[name=__token]").GetAttribute("value")!);
        Assert.Equal("", (await client.GetDocumentAsync("/modules/first/1")).Single($"#f-{Exercise}-story").TextContent);
    }

    [Fact]
    public async Task Post_AFormThePageNoLongerHas_GivesItsWordsBackAndSavesNothing()
    {
        var client = NewBrowser();

        var page = await Html.ParseAsync(await client.PostFormAsync("/modules/first/1",
            ("forms", Exercise), ($"{Exercise}.story", "Kept here"), ("forms", "removed-exercise"), ("removed-exercise.answer", "Words from a page that changed"), ("go", "next")));

        Assert.Contains("this page has changed", page.Single(".error-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal("Words from a page that changed", page.Single(".orphans blockquote").TextContent.Trim());
        Assert.Equal("Kept here", page.Single($"#f-{Exercise}-story").TextContent);
    }

    [Fact]
    public async Task Post_StartingPointThenFinish_ShowsBeforeAndAfterAndCompletes()
    {
        var client = NewBrowser();
        var saved = await client.PostFormAsync("/modules/first", ("forms", "starting-point"), ("starting-point.rating", "3"));
        Assert.Equal("/modules/first?saved=starting-point#f-starting-point-title", saved.Headers.Location?.OriginalString);
        Assert.NotNull((await client.GetDocumentAsync("/modules/first")).QuerySelector("#f-starting-point-rating-3[checked]"));

        var finished = await client.PostFormAsync("/modules/first/2", ("forms", "finish"), ("finish.rating", "8"), ("go", "finish"));

        Assert.Equal("/modules/first?finished=1#finished", finished.Headers.Location?.OriginalString);
        var module = await client.GetDocumentAsync(finished.Headers.Location!.OriginalString);
        Assert.Contains("At the start you chose 3 out of 10. Now you chose 8 out of 10.", module.Single("#finished").TextContent, StringComparison.Ordinal);
        var programme = await client.GetDocumentAsync("/modules");
        Assert.Equal("Completed", programme.Single("#status-first").TextContent.Trim());
        Assert.Equal("You have completed 1 of 2 modules.", programme.Single(".progress-summary__label").TextContent.Trim());
        Assert.Equal("1", programme.Single("progress").GetAttribute("value"));
    }

    [Fact]
    public async Task MyAnswers_ShowsAndDownloadsEverythingWritten()
    {
        var client = NewBrowser();
        await client.PostFormAsync("/modules/first/1", ("forms", Exercise), ($"{Exercise}.story", "Line one\nLine two"), ($"{Exercise}.helps", "0"), ($"{Exercise}.ready", "4"));
        await client.PostFormAsync("/modules/second/1", ("forms", "note"), ("note.note", "A note to self"));

        var page = await client.GetDocumentAsync("/my-answers");
        var text = await (await client.GetPathAsync("/my-answers/download?format=txt")).TextAsync();
        var markdown = await client.GetPathAsync("/my-answers/download?format=md");

        Assert.Equal(["First module", "Second module"], page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("Walking", page.Single("main").TextContent, StringComparison.Ordinal);
        Assert.Contains("4 out of 10", page.Single("main").TextContent, StringComparison.Ordinal);
        Assert.Contains("Line one\nLine two", text, StringComparison.Ordinal);
        Assert.Contains("A note to self", text, StringComparison.Ordinal);
        Assert.Equal("attachment", markdown.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("my-answers.md", markdown.Content.Headers.ContentDisposition?.FileNameStar ?? markdown.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("## First module", await markdown.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveToFile_RestoreInFreshBrowser_BringsBackProgressAndAnswers()
    {
        var first = NewBrowser();
        await first.PostFormAsync("/modules/first/1", ("forms", Exercise), ($"{Exercise}.story", "Carried over"));
        var file = await (await first.GetPathAsync("/save/file")).TextAsync();

        var second = NewBrowser();
        var restored = await second.PostFormAsync("/save", ("code", file));

        Assert.Equal("/save?restored=1", restored.Headers.Location?.OriginalString);
        Assert.Equal("Carried over", (await second.GetDocumentAsync("/modules/first/1")).Single($"#f-{Exercise}-story").TextContent);
    }

    [Fact]
    public async Task Restore_OverExistingProgress_AsksFirst()
    {
        var first = NewBrowser();
        await first.PostFormAsync("/modules/first/1", ("forms", Exercise), ($"{Exercise}.story", "From the file"));
        var file = await (await first.GetPathAsync("/save/file")).TextAsync();
        var second = NewBrowser();
        await second.PostFormAsync("/modules/second/1", ("forms", "note"), ("note.note", "Already here"));

        var asked = await second.PostFormAsync("/save", ("code", file));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var page = await Html.ParseAsync(asked);
        Assert.Equal("Replace the progress in this browser?", page.Single(".panel--warning h2").TextContent.Trim());
        Assert.Equal("Already here", (await second.GetDocumentAsync("/modules/second/1")).Single("#f-note-note").TextContent);

        var confirmed = await second.PostFormAsync("/save", page, ("code", page.Single("input[name=code]").GetAttribute("value")!), ("confirm", "yes"));

        Assert.Equal("/save?restored=1", confirmed.Headers.Location?.OriginalString);
        Assert.Equal("From the file", (await second.GetDocumentAsync("/modules/first/1")).Single($"#f-{Exercise}-story").TextContent);
    }

    [Theory]
    [InlineData("not a progress file")]
    [InlineData("# comment only")]
    [InlineData("CfDJ8" + "Q2hhbmdlZCBieSBoYW5kLCBub3QgbWFkZSBieSB0aGUgc2l0ZQ")]
    public async Task Restore_ForeignOrTamperedFile_SaysItCouldNotBeRead(string file)
    {
        var client = NewBrowser();

        var page = await Html.ParseAsync(await client.PostFormAsync("/save", ("code", file)));

        Assert.Contains("This file could not be read", page.Single(".error-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal(file, page.Single("textarea#code").TextContent);
    }

    [Fact]
    public async Task Restore_FileFromAKeyThisSiteDoesNotHold_SaysToKeepIt()
    {
        using var other = new FixtureSite();
        var file = other.Services.GetRequiredService<ProgressProtector>().ProtectForFile(ProgressState.Empty.WithPath(["first"]), Notebook.Empty);

        var page = await Html.ParseAsync(await NewBrowser().PostFormAsync("/save", ("code", file)));

        Assert.Contains("made with a key this website does not hold", page.Single(".error-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_CookieValueInsteadOfFile_IsRefused()
    {
        var client = NewBrowser();
        var response = await client.GetPathAsync("/modules/first/1");
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("state=", StringComparison.Ordinal));
        var value = cookie["state=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];

        var page = await Html.ParseAsync(await NewBrowser().PostFormAsync("/save", ("code", value)));

        Assert.Contains("This file could not be read", page.Single(".error-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_AfterConfirming_RemovesEveryCookieAndSaysSo()
    {
        var client = NewBrowser();
        await client.PostFormAsync("/modules/first/1", ("forms", Exercise), ($"{Exercise}.story", "Gone soon"));

        var response = await client.PostFormAsync("/forget");

        var deleted = response.Headers.GetValues("Set-Cookie").Where(c => c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal)).Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]).ToList();
        Assert.Contains("state", deleted);
        Assert.Contains("sh-af", deleted);
        Assert.Contains(ProgressStore.AnswerCookieName("state", "first"), deleted);
        Assert.Contains("Your progress and answers are gone from this device.", (await Html.ParseAsync(response)).Single("main").TextContent, StringComparison.Ordinal);
        Assert.Equal("\"cache\", \"cookies\"", response.Headers.GetValues("Clear-Site-Data").Single());
        Assert.Null((await client.GetDocumentAsync("/my-answers")).QuerySelector(".answers"));
    }
}
