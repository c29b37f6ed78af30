using Microsoft.Extensions.Logging.Abstractions;
using SelfHelp.Content.Loading;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Tests.ContentHosting;

public sealed class ContentStoreTests
{
    private const string FirstModule = "modules/01-first.md";

    [Fact]
    public async Task Store_TakenBeforeAReload_KeepsReadingTheContentItStartedWith()
    {
        using var content = new TempFolder(Paths.FixtureContent);
        var source = new ContentSource(new ContentLoader(), content.Path, NullLogger<ContentSource>.Instance);
        source.Load();
        var request = new ContentStore(source);
        var text = await File.ReadAllTextAsync(content.FileAt(FirstModule), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(content.FileAt(FirstModule), text.Replace("title: First module", "title: Edited module", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        source.Load();

        Assert.Equal("First module", request.Catalogue.FindModule("first")?.Title);
        Assert.Same(request.Catalogue, request.Catalogue);
        Assert.Equal("Edited module", new ContentStore(source).Catalogue.FindModule("first")?.Title);
    }

    [Fact]
    public void Source_BrokenReload_KeepsServingTheLastGoodContentAndReportsTheErrors()
    {
        using var content = new TempFolder(Paths.FixtureContent);
        var source = new ContentSource(new ContentLoader(), content.Path, NullLogger<ContentSource>.Instance);
        source.Load();
        File.WriteAllText(content.FileAt(FirstModule), "no front matter at all");

        source.Load();

        var store = new ContentStore(source);
        Assert.NotNull(store.Catalogue.FindModule("first"));
        Assert.NotEmpty(store.Errors);
        Assert.True(source.Current.IsLoaded);
    }
}
