namespace SelfHelp.Web.Tests.Pages;

/// <summary>Composite voices in the bundled programme are always labelled as composites, in the site's own words.</summary>
public sealed class CompositeVoiceTests : IDisposable
{
    private readonly SelfHelpFactory _site = new(Paths.BundledContent);

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/modules/why-change/1")]
    [InlineData("/modules/more-help/2")]
    public async Task Get_StepWithAVoice_LabelsItAsAComposite(string path)
    {
        var page = await _site.CreateClient().GetDocumentAsync(path);

        var voice = page.Single("main .callout--voice");
        Assert.Equal("note", voice.GetAttribute("role"));
        Assert.Equal("A composite voice", voice.Single(".callout__title").TextContent.Trim());
        Assert.Equal("Written by this programme's authors from what people in this situation often say. These are not one real person's words.", voice.Single(".callout__note").TextContent.Trim());
    }
}
