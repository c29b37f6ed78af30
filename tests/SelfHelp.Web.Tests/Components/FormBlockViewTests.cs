using System.Collections.Immutable;
using AngleSharp.Dom;
using Bunit;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Components;
using SelfHelp.Web.Forms;

namespace SelfHelp.Web.Tests.Components;

public sealed class FormBlockViewTests : ComponentTestContext
{
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
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise));

        Assert.Equal("Exercise 2.1: My reasons", cut.Find("h2").TextContent.Trim());
        Assert.Contains("exercise 2.1", cut.Find(".form-block__meta").TextContent, StringComparison.Ordinal);
        Assert.Equal(cut.Find("h2").Id, cut.Find("section").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Render_Exercise_EveryInputHasALabel()
    {
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise));

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
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise));

        var legends = cut.FindAll("fieldset > legend").Select(l => l.TextContent.Trim());
        Assert.Equal(["How ready are you?", "What helps?", "Who could you talk to?"], legends);
    }

    [Fact]
    public void Render_Hints_AreLinkedWithAriaDescribedBy()
    {
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise));

        var textarea = cut.Find("textarea");
        Assert.Equal("Take your time.", cut.Find($"#{textarea.GetAttribute("aria-describedby")!.Split(' ')[0]}").TextContent.Trim());
        var scale = cut.FindAll("fieldset")[0];
        Assert.Equal("From 1 (Not ready) to 10 (Completely ready).", cut.Find($"#{scale.GetAttribute("aria-describedby")}").TextContent.Trim());
    }

    [Fact]
    public void Render_Block_IsPartOfThePageFormWithNamesThatCarryTheFormId()
    {
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise).Add(x => x.Button, "Save my answers"));

        Assert.Empty(cut.FindAll("form"));
        Assert.Equal("my-reasons", cut.Find("input[type=hidden][name=forms]").GetAttribute("value"));
        Assert.Equal("my-reasons.why", cut.Find("textarea").GetAttribute("name"));
        Assert.All(cut.FindAll("input[type=radio]"), r => Assert.Equal("my-reasons.ready", r.GetAttribute("name")));
        var save = cut.Find("button[type=submit]");
        Assert.Equal("Save my answers", save.TextContent.Trim());
        Assert.Equal("go", save.GetAttribute("name"));
        Assert.Equal("save:my-reasons", save.GetAttribute("value"));
    }

    [Fact]
    public void Render_WithoutButton_LeavesSavingToThePage()
    {
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise));

        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void Render_TextAndListLimits_AreSaidBeforeTypingAndNothingCutsPastedText()
    {
        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise));

        Assert.Empty(cut.FindAll("[maxlength]"));
        var textarea = cut.Find("textarea");
        Assert.Equal("4000", textarea.GetAttribute("data-limit"));
        var limit = cut.Find($"#{textarea.Id}-limit");
        Assert.Contains(limit.Id, textarea.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal("You can write up to 4,000 characters here.", limit.TextContent.Trim());
        Assert.Equal("Each line can be up to 300 characters.", cut.Find($"#{FieldNames.Id(Exercise, Exercise.Fields[3])}-limit").TextContent.Trim());
    }

    [Fact]
    public void Render_TooLarge_OffersTheDownloadOfEverythingTyped()
    {
        var state = new FormState(new Dictionary<string, string> { ["why"] = "Long words" }, new Dictionary<string, string>(), TooLarge: true);

        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, Exercise).Add(x => x.State, state));

        Assert.Equal("Long words", cut.Find("textarea").TextContent);
        Assert.Equal("download", cut.Find(".form-block__full button").GetAttribute("value"));
    }

    [Fact]
    public void Render_StartingPoint_AsksForARating()
    {
        var start = new FormBlockPart(FormKind.StartingPoint, "starting-point", null, "How sure?", null, 1,
            [new FormField("rating", FieldKind.Scale, "How sure?", null, "Not sure", "Very sure", [], 0)]);

        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, start));

        Assert.Equal("Your starting point", cut.Find("h2").TextContent.Trim());
        Assert.Equal(10, cut.FindAll("input[type=radio]").Count);
        Assert.Empty(cut.FindAll(".form-block__meta"));
    }

    [Fact]
    public void Render_ReflectionWithoutTitle_UsesDefaultTitle()
    {
        var reflection = new FormBlockPart(FormKind.Reflection, "reflection", null, "", null, 2,
            ImmutableArray.Create(new FormField("q1", FieldKind.Text, "What stood out?", null, null, null, [], 0)));

        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, reflection));

        Assert.Equal("Looking back", cut.Find("h2").TextContent.Trim());
        Assert.Equal("What stood out?", cut.Find("label").TextContent.Trim());
    }

    [Fact]
    public void Render_LabelsFromContent_AreEncoded()
    {
        var hostile = Exercise with { Title = "<script>alert(1)</script>" };

        var cut = Render<FormBlockView>(p => p.Add(x => x.Form, hostile));

        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("<script>", cut.Find("h2").TextContent, StringComparison.Ordinal);
    }
}
