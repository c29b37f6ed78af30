using System.Net;

namespace SelfHelp.Web.Tests.Progress;

/// <summary>Issue 14: a download of someone's answers must not stay in the browser's cache after "Forget me".</summary>
public sealed class DownloadTests : IClassFixture<FixtureSite>
{
    private readonly FixtureSite _site;

    public DownloadTests(FixtureSite site)
    {
        _site = site;
    }

    [Theory]
    [InlineData("/my-answers/download?format=txt")]
    [InlineData("/my-answers/download?format=md")]
    [InlineData("/save/file")]
    [InlineData("step page: download with what was just typed")]
    public async Task EveryDownload_IsAnAttachmentThatIsNeverStored(string download)
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });
        await client.PostFormAsync("/modules/first/1", ("forms", "every-field"), ("every-field.story", "A private answer"), ("go", "save:every-field"));

        var response = download.StartsWith('/')
            ? await client.GetPathAsync(download)
            : await client.PostFormAsync("/modules/first/1", ("forms", "every-field"), ("every-field.story", "Typed, not saved yet"), ("go", "download"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{download} may be stored: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task ProgressFile_StartsWithPlainWords_NotResourceKeys()
    {
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });
        await client.GetPathAsync("/modules/first/1");

        var lines = (await (await client.GetPathAsync("/save/file")).TextAsync()).Split('\n');

        Assert.StartsWith("# Your progress file from this self-help website.", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("# To bring your progress back,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Save.File", lines[0] + lines[1], StringComparison.Ordinal);
    }
}
