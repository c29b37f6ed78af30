using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Forms;

namespace SelfHelp.Web.Tests.Partials;

/// <summary>The _ContentParts partial: a step's HTML and forms, in order.</summary>
public sealed class ContentPartsTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public async Task Render_HtmlAndForm_InOrder()
    {
        var form = new FormBlockPart(FormKind.Reflection, "reflection", null, "", null, 2,
            [new FormField("q1", FieldKind.Text, "What stood out?", null, null, null, [], 0)]);
        ContentPart[] parts = [new HtmlPart("<p>Before.</p>"), form, new HtmlPart("<p>After.</p>")];

        var cut = await PartialView.RenderAsync(site.Services, "_ContentParts", new ContentPartsModel(parts));

        var names = cut.Elements.Select(e => e.LocalName);
        Assert.Equal(["p", "section", "p"], names);
        Assert.Equal("Before.", cut.Find("p").TextContent);
    }
}
