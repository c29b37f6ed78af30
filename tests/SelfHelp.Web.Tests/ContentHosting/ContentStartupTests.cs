using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Tests.ContentHosting;

public sealed class ContentStartupTests
{
    private const string FirstModule = "modules/01-first.md";

    [Fact]
    public void Start_InvalidContentInProduction_RefusesToStartAndSaysWhy()
    {
        using var content = new TempFolder(Paths.FixtureContent);
        File.AppendAllText(content.FileAt(FirstModule), "\n:::nonsense\nText\n:::\n");
        using var factory = new SelfHelpFactory(content.Path, "Production");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var message = Flatten(error);
        Assert.Contains("has errors, so the site will not start", message, StringComparison.Ordinal);
        Assert.Contains("01-first.md:", message, StringComparison.Ordinal);
        Assert.Contains("Unknown block ':::nonsense'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_MissingContentFolder_RefusesToStartAndNamesTheSetting()
    {
        using var factory = new SelfHelpFactory(Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid()), "Production");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Content:Path", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InvalidContentInDevelopment_ServesValidModulesAndShowsBanner()
    {
        using var content = new TempFolder(Paths.FixtureContent);
        File.AppendAllText(content.FileAt(FirstModule), "\n:::nonsense\nText\n:::\n");
        using var factory = new SelfHelpFactory(content.Path, "Development");
        var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/modules");

        Assert.Contains("Unknown block ':::nonsense'", document.Single(".dev-banner").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Second module"], document.QuerySelectorAll("a.task-list__link").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Reload_EditInDevelopment_ServedWithinSeconds()
    {
        using var content = new TempFolder(Paths.FixtureContent);
        using var factory = new SelfHelpFactory(content.Path, "Development", new() { ["Content:Watch"] = "true" });
        var client = factory.CreateClient();
        Assert.Equal("First module", (await client.GetDocumentAsync("/modules/first")).Single("h1").TextContent.Trim());

        var text = await File.ReadAllTextAsync(content.FileAt(FirstModule), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(content.FileAt(FirstModule), text.Replace("title: First module", "title: Edited module", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        Assert.True(await WaitFor(async () => (await client.GetDocumentAsync("/modules/first")).Single("h1").TextContent.Trim() == "Edited module"), "The edit was not served within 5 seconds.");
    }

    [Fact]
    public async Task Reload_BrokenEditInDevelopment_KeepsLastGoodContentAndShowsBanner()
    {
        using var content = new TempFolder(Paths.FixtureContent);
        using var factory = new SelfHelpFactory(content.Path, "Development", new() { ["Content:Watch"] = "true" });
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetPathAsync("/modules/first")).StatusCode);

        await File.WriteAllTextAsync(content.FileAt(FirstModule), "no front matter at all", TestContext.Current.CancellationToken);

        Assert.True(await WaitFor(async () => (await client.GetDocumentAsync("/modules/first")).QuerySelector(".dev-banner") is not null), "No banner within 5 seconds.");
        var document = await client.GetDocumentAsync("/modules/first");
        Assert.Equal("First module", document.Single("h1").TextContent.Trim());
        Assert.Contains("does not start with front matter", document.Single(".dev-banner").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithContentErrors_NeverShowsTheDevelopmentBanner()
    {
        // Production refuses to start on broken content, so the errors arrive with a watched reload; the same edit
        // shows the banner in Development (Reload_BrokenEditInDevelopment_KeepsLastGoodContentAndShowsBanner).
        using var content = new TempFolder(Paths.FixtureContent);
        using var factory = new SelfHelpFactory(content.Path, "Production", new() { ["Content:Watch"] = "true" });
        var client = factory.CreateClient();
        var source = factory.Services.GetRequiredService<ContentSource>();

        await File.WriteAllTextAsync(content.FileAt(FirstModule), "no front matter at all", TestContext.Current.CancellationToken);

        Assert.True(await WaitFor(() => Task.FromResult(!source.Current.Errors.IsEmpty)), "The broken edit was not loaded within 5 seconds.");
        var document = await client.GetDocumentAsync("/modules/first");
        Assert.Equal("First module", document.Single("h1").TextContent.Trim());
        Assert.Null(document.QuerySelector(".dev-banner"));
        Assert.DoesNotContain("does not start with front matter", document.DocumentElement.TextContent, StringComparison.Ordinal);
    }

    private static async Task<bool> WaitFor(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return false;
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join("\n", aggregate.Flatten().InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is null ? "" : "\n" + Flatten(error.InnerException));
}
