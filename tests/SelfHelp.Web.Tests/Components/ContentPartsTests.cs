using Bunit;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Components;

namespace SelfHelp.Web.Tests.Components;

public sealed class ContentPartsTests : ComponentTestContext
{
    [Fact]
    public void Render_HtmlAndForm_InOrder()
    {
        var form = new FormBlockPart(FormKind.Reflection, "reflection", null, "", null, 2,
            [new FormField("q1", FieldKind.Text, "What stood out?", null, null, null, [], 0)]);
        ContentPart[] parts = [new HtmlPart("<p>Before.</p>"), form, new HtmlPart("<p>After.</p>")];

        var cut = Render<ContentParts>(p => p.Add(x => x.Parts, parts));

        var names = cut.Nodes.OfType<AngleSharp.Dom.IElement>().Select(e => e.LocalName);
        Assert.Equal(["p", "section", "p"], names);
        Assert.Equal("Before.", cut.Find("p").TextContent);
    }
}
