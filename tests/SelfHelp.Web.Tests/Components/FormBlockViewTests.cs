using System.Collections.Immutable;
using AngleSharp.Dom;
using Bunit;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Components;

namespace SelfHelp.Web.Tests.Components;

public sealed class FormBlockViewTests : ComponentTestContext
{
    private static readonly FormToken Token = new("__token", "token-value");

    private static readonly FormBlockPart Exercise = new(
        FormKind.Exercise,
        "my-reasons",
        "2.1",
        "My reasons",
        "<p>Write freely.</p>",
        5,
        [
            new FormField("why", FieldKind.Text, "Why do you want to stop?", "Take your time.", null, null, [], 0),
            new FormField("ready", FieldKind.Scale, "How ready are you?", null, "Not ready", "Completely ready", [], 0),
            new FormField("helps", FieldKind.Checklist, "What helps?", null, null, null, ["Walking", "Talking"], 0),
            new FormField("people", FieldKind.List, "Who could you talk to?", "Up to three.", null, null, [], 3),
        ]);

    [Fact]
    public void Render_Exercise_ShowsCodeInTitleAndMeta()
    {
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise).Add(x => x.Token, Token));

        Assert.Equal("Exercise 2.1: My reasons", cut.Find("h2").TextContent.Trim());
        Assert.Contains("exercise 2.1", cut.Find(".form-block__meta").TextContent, StringComparison.Ordinal);
        Assert.Equal(cut.Find("h2").Id, cut.Find("section").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Render_Exercise_EveryInputHasALabel()
    {
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise).Add(x => x.Token, Token));

        var inputs = cut.FindAll("input:not([type=hidden]), textarea");
        Assert.Equal(1 + 10 + 2 + 3, inputs.Count);
        Assert.All(inputs, input =>
        {
            var label = cut.Find($"label[for='{input.Id}']");
            Assert.False(string.IsNullOrWhiteSpace(label.TextContent), $"Label for {input.Id} is empty.");
        });
        Assert.Equal(inputs.Count, inputs.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Render_Exercise_GroupsChoicesInFieldsetsWithLegends()
    {
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise).Add(x => x.Token, Token));

        var legends = cut.FindAll("fieldset > legend").Select(l => l.TextContent.Trim());
        Assert.Equal(["How ready are you?", "What helps?", "Who could you talk to?"], legends);
    }

    [Fact]
    public void Render_Hints_AreLinkedWithAriaDescribedBy()
    {
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise).Add(x => x.Token, Token));

        var textarea = cut.Find("textarea");
        Assert.Equal("Take your time.", cut.Find($"#{textarea.GetAttribute("aria-describedby")}").TextContent.Trim());
        var scale = cut.FindAll("fieldset")[0];
        Assert.Equal("From 1 (Not ready) to 10 (Completely ready).", cut.Find($"#{scale.GetAttribute("aria-describedby")}").TextContent.Trim());
    }

    [Fact]
    public void Render_Form_PostsWithAntiforgeryTokenAndFormId()
    {
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise).Add(x => x.Token, Token));

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("token-value", form.QuerySelector("input[name=__token]")?.GetAttribute("value"));
        Assert.Equal("my-reasons", form.QuerySelector("input[name=form]")?.GetAttribute("value"));
        Assert.Equal("Save my answers", cut.Find("button[type=submit]").TextContent.Trim());
    }

    [Fact]
    public void Render_StartingPoint_AsksForARating()
    {
        var start = new FormBlockPart(FormKind.StartingPoint, "starting-point", null, "How sure?", null, 1,
            [new FormField("rating", FieldKind.Scale, "How sure?", null, "Not sure", "Very sure", [], 0)]);

        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, start).Add(x => x.Token, Token));

        Assert.Equal("Your starting point", cut.Find("h2").TextContent.Trim());
        Assert.Equal(10, cut.FindAll("input[type=radio]").Count);
        Assert.Equal("Save my rating", cut.Find("button").TextContent.Trim());
        Assert.Empty(cut.FindAll(".form-block__meta"));
    }

    [Fact]
    public void Render_ReflectionWithoutTitle_UsesDefaultTitle()
    {
        var reflection = new FormBlockPart(FormKind.Reflection, "reflection", null, "", null, 2,
            ImmutableArray.Create(new FormField("q1", FieldKind.Text, "What stood out?", null, null, null, [], 0)));

        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, reflection).Add(x => x.Token, Token));

        Assert.Equal("Looking back", cut.Find("h2").TextContent.Trim());
        Assert.Equal("What stood out?", cut.Find("label").TextContent.Trim());
    }

    [Fact]
    public void Render_LabelsFromContent_AreEncoded()
    {
        var hostile = Exercise with { Title = "<script>alert(1)</script>" };

        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, hostile).Add(x => x.Token, Token));

        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("<script>", cut.Find("h2").TextContent, StringComparison.Ordinal);
    }
}
