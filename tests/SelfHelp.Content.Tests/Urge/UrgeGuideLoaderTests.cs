using SelfHelp.Content.Loading;

namespace SelfHelp.Content.Tests.Urge;

/// <summary>Issue 18: <c>now.md</c>, the editors' guide for a hard moment, in the modules' Markdown.</summary>
public sealed class UrgeGuideLoaderTests
{
    private readonly ContentLoader _loader = new();

    [Fact]
    public void LoadSite_Guide_RendersWithModuleLinksAndCallouts()
    {
        using var content = new TempContent().With("a.md", TempContent.Module())
            .WithFile("now.md", "Breathe.\n\n## Three things\n\n1. Move.\n\n:::tip\nIt passes.\n:::\n\nSee [the module](module:sample).\n");

        var result = _loader.LoadSite(content.Folder);

        Assert.DoesNotContain(result.Problems, p => p.Path.EndsWith("now.md", StringComparison.Ordinal));
        Assert.Contains("<h2", result.UrgeGuide.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/modules/sample\"", result.UrgeGuide.Html, StringComparison.Ordinal);
        Assert.Contains("callout--tip", result.UrgeGuide.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# Title\n\nText.\n", "A '# ' heading is not allowed here")]
    [InlineData("Text.\n\n:::exercise\nid: x\ncode: X1\ntitle: X\nfields:\n  - id: a\n    type: text\n    label: A\n:::\n", "Forms are not allowed")]
    [InlineData("See [it](module:nowhere).\n", "points to a module that does not exist")]
    public void LoadSite_BrokenGuide_IsAnErrorAndShowsNoGuide(string text, string message)
    {
        using var content = new TempContent().With("a.md", TempContent.Module()).WithFile("now.md", text);

        var result = _loader.LoadSite(content.Folder);

        Assert.Contains(result.Errors, p => p.Path.EndsWith("now.md", StringComparison.Ordinal) && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.False(result.UrgeGuide.IsAvailable);
    }

    [Fact]
    public void LoadSite_NoGuide_IsFine()
    {
        using var content = new TempContent().With("a.md", TempContent.Module());

        Assert.False(_loader.LoadSite(content.Folder).UrgeGuide.IsAvailable);
    }
}
