using System.Collections.Immutable;
using AngleSharp.Dom;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Forms;

namespace SelfHelp.Web.Tests.Partials;

/// <summary>The _FormBlock partial: one block of questions inside a page's single form.</summary>
public sealed class FormBlockTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private Task<PartialView> Render(FormBlockModel model) => PartialView.RenderAsync(site.Services, "_FormBlock", model);

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
    public async Task Render_Exercise_ShowsCodeInTitleAndMeta()
    {
        var cut = await Render(new FormBlockModel(Exercise, FormState.Blank));

        Assert.Equal("Exercise 2.1: My reasons", cut.Find("h2").TextContent.Trim());
        Assert.Contains("exercise 2.1", cut.Find(".form-block__meta").TextContent, StringComparison.Ordinal);
        Assert.Equal(cut.Find("h2").Id, cut.Find("section").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public async Task Render_Exercise_EveryInputHasALabel()
    {
        var cut = await Render(new FormBlockModel(Exercise, FormState.Blank));

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
    public async Task Render_Exercise_GroupsChoicesInFieldsetsWithLegends()
    {
        var cut = await Render(new FormBlockModel(Exercise, FormState.Blank));

        var legends = cut.FindAll("fieldset > legend").Select(l => l.TextContent.Trim());
        Assert.Equal(["How ready are you?", "What helps?", "Who could you talk to?"], legends);
    }

    [Fact]
    public async Task Render_Hints_AreLinkedWithAriaDescribedBy()
    {
        var cut = await Render(new FormBlockModel(Exercise, FormState.Blank));

        var textarea = cut.Find("textarea");
        Assert.Equal("Take your time.", cut.Find($"#{textarea.GetAttribute("aria-describedby")!.Split(' ')[0]}").TextContent.Trim());
        var scale = cut.FindAll("fieldset")[0];
        Assert.Equal("From 1 (Not ready) to 10 (Completely ready).", cut.Find($"#{scale.GetAttribute("aria-describedby")}").TextContent.Trim());
    }

    [Fact]
    public async Task Render_Block_IsPartOfThePageFormWithNamesThatCarryTheFormId()
    {
        var cut = await Render(new FormBlockModel(Exercise, FormState.Blank, "Save my answers"));

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
    public async Task Render_WithoutButton_LeavesSavingToThePage()
    {
        var cut = await Render(new FormBlockModel(Exercise, FormState.Blank));

        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public async Task Render_TextAndListLimits_AreSaidBeforeTypingAndNothingCutsPastedText()
    {
        var cut = await Render(new FormBlockModel(Exercise, FormState.Blank));

        Assert.Empty(cut.FindAll("[maxlength]"));
        var textarea = cut.Find("textarea");
        Assert.Equal("4000", textarea.GetAttribute("data-limit"));
        var limit = cut.Find($"#{textarea.Id}-limit");
        Assert.Contains(limit.Id, textarea.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal("You can write up to 4,000 characters here.", limit.TextContent.Trim());
        Assert.Equal("Each line can be up to 300 characters.", cut.Find($"#{FieldNames.Id(Exercise, Exercise.Fields[3])}-limit").TextContent.Trim());
    }

    [Fact]
    public async Task Render_TooLarge_OffersTheDownloadOfEverythingTyped()
    {
        var state = new FormState(new Dictionary<string, string> { ["why"] = "Long words" }, new Dictionary<string, string>(), TooLarge: true);

        var cut = await Render(new FormBlockModel(Exercise, state));

        Assert.Equal("Long words", cut.Find("textarea").TextContent);
        Assert.Equal("download", cut.Find(".form-block__full button").GetAttribute("value"));
    }

    [Fact]
    public async Task Render_StartingPoint_AsksForARating()
    {
        var start = new FormBlockPart(FormKind.StartingPoint, "starting-point", null, "How sure?", null, 1,
            [new FormField("rating", FieldKind.Scale, "How sure?", null, "Not sure", "Very sure", [], 0)]);

        var cut = await Render(new FormBlockModel(start, FormState.Blank));

        Assert.Equal("Your starting point", cut.Find("h2").TextContent.Trim());
        Assert.Equal(10, cut.FindAll("input[type=radio]").Count);
        Assert.Empty(cut.FindAll(".form-block__meta"));
    }

    [Fact]
    public async Task Render_ReflectionWithoutTitle_UsesDefaultTitle()
    {
        var reflection = new FormBlockPart(FormKind.Reflection, "reflection", null, "", null, 2,
            ImmutableArray.Create(new FormField("q1", FieldKind.Text, "What stood out?", null, null, null, [], 0)));

        var cut = await Render(new FormBlockModel(reflection, FormState.Blank));

        Assert.Equal("Looking back", cut.Find("h2").TextContent.Trim());
        Assert.Equal("What stood out?", cut.Find("label").TextContent.Trim());
    }

    [Fact]
    public async Task Render_LabelsFromContent_AreEncoded()
    {
        var hostile = Exercise with { Title = "<script>alert(1)</script>" };

        var cut = await Render(new FormBlockModel(hostile, FormState.Blank));

        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("<script>", cut.Find("h2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_FieldInError_SaysSoBesideItAndLinksTheMessage()
    {
        var state = new FormState(new Dictionary<string, string> { ["why"] = "" }, new Dictionary<string, string> { ["why"] = "Write something first." });

        var cut = await Render(new FormBlockModel(Exercise, state));

        var textarea = cut.Find("textarea");
        Assert.Equal("true", textarea.GetAttribute("aria-invalid"));
        var message = cut.Find(".field__error");
        Assert.Contains(message.Id, textarea.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal("Error: Write something first.", message.TextContent.Trim());
        Assert.Single(cut.FindAll(".field--error"));
        Assert.Null(cut.FindAll("input[type=radio]")[0].GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Render_HeadingAndIntro_ReplaceTheFormsOwn()
    {
        var cut = await Render(new FormBlockModel(Exercise, FormState.Blank, Heading: "Finish this module", Intro: "One last question."));

        Assert.Equal("Finish this module", cut.Find("h2").TextContent.Trim());
        Assert.Equal("One last question.", cut.FindAll(".form-block__intro")[^1].TextContent.Trim());
    }
}
