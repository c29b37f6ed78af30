using System.Collections.Immutable;
using Bunit;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.CheckIns;
using SelfHelp.Content.Plan;
using SelfHelp.Web.Charts;
using SelfHelp.Web.Components;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Plan;

namespace SelfHelp.Web.Tests.Components;

/// <summary>Issue 18's components: PlanField, PlanSummary, CheckInField, CheckInSuggestion, TrendFigure.</summary>
public sealed class PlanAndCheckInComponentTests : ComponentTestContext
{
    private static readonly Module Urges = new("urges", "Urges", "", 8, 10, Intensity.Low, [], [], [], [], "08-urges.md");

    private static PlanEntry Entry(PlanSection section, FormField field) =>
        new(section, Urges, new FormBlockPart(FormKind.Exercise, "my-urge-plan", "8.2", "My urge plan", null, 10, [field]), field);

    private static readonly FormField Signs = new("warning-signs", FieldKind.Text, "How do I know an urge is starting?", null, null, null, [], 0);
    private static readonly FormField Ways = new("ways-through", FieldKind.Checklist, "What else will I try?", null, null, null, ["Walk", "Shower", "Call"], 0);
    private static readonly FormField People = new("people", FieldKind.List, "People I can call", null, null, null, [], 3);

    [Fact]
    public void PlanField_Text_IsLabelledHintedAndNamedForItsExercise()
    {
        var cut = Render<PlanField>(p => p.Add(x => x.Item, new PlanItem(Entry(PlanSection.WarningSigns, Signs), "Late nights")));

        var box = cut.Find("textarea#p-urges--my-urge-plan--warning-signs");
        Assert.Equal("plan.urges.my-urge-plan.warning-signs", box.GetAttribute("name"));
        Assert.Equal("Late nights", box.TextContent);
        Assert.Equal("How do I know an urge is starting?", cut.Find("label[for='p-urges--my-urge-plan--warning-signs']").TextContent);
        Assert.Contains("p-urges--my-urge-plan--warning-signs-hint", box.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("From exercise 8.2: My urge plan", cut.Find("#p-urges--my-urge-plan--warning-signs-hint").TextContent);
        Assert.Equal("plan.urges.my-urge-plan.warning-signs", cut.Find("input[type=hidden][name=shown]").GetAttribute("value"));
        Assert.Null(box.GetAttribute("aria-invalid"));
    }

    [Fact]
    public void PlanField_WithAnError_SaysSoAndMarksTheBox()
    {
        var cut = Render<PlanField>(p => p.Add(x => x.Item, new PlanItem(Entry(PlanSection.WarningSigns, Signs), "x", "Too long.")));

        Assert.Equal("true", cut.Find("textarea").GetAttribute("aria-invalid"));
        Assert.Contains("Too long.", cut.Find("#p-urges--my-urge-plan--warning-signs-error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanField_ChecklistAndList_AreFieldsetsWithTheSavedChoices()
    {
        var checklist = Render<PlanField>(p => p.Add(x => x.Item, new PlanItem(Entry(PlanSection.Instead, Ways), "0,2")));
        var list = Render<PlanField>(p => p.Add(x => x.Item, new PlanItem(Entry(PlanSection.People, People), $"J{AnswerValues.ItemSeparator}K")));

        Assert.Equal("What else will I try?", checklist.Find("fieldset legend").TextContent);
        Assert.Equal(["0", "2"], checklist.FindAll("input[type=checkbox][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["J", "K", ""], list.FindAll("input.list__input").Select(i => i.GetAttribute("value") ?? ""));
    }

    [Fact]
    public void PlanSummary_ShowsOnlyAnsweredSections_AtTheHeadingLevelAsked()
    {
        var plan = new MyPlan([
            new PlanPart(PlanSection.WarningSigns, [new PlanItem(Entry(PlanSection.WarningSigns, Signs), "Late nights\nAlone")]),
            new PlanPart(PlanSection.Instead, [new PlanItem(Entry(PlanSection.Instead, Ways), "1")]),
            new PlanPart(PlanSection.People, [new PlanItem(Entry(PlanSection.People, People), null)]),
        ]);

        var cut = Render<PlanSummary>(p => p.Add(x => x.Plan, plan).Add(x => x.IdPrefix, "now-plan").Add(x => x.HeadingLevel, 3));

        Assert.Equal(["My warning signs", "What I will do instead"], cut.FindAll("h3").Select(h => h.TextContent));
        Assert.Empty(cut.FindAll("h2"));
        Assert.Equal("now-plan-warning-signs", cut.Find("section").GetAttribute("aria-labelledby"));
        Assert.Equal("Late nights\nAlone", cut.Find(".plan-summary__text").TextContent);
        Assert.Equal("Shower", cut.Find(".plan-summary__list li").TextContent);
    }

    [Fact]
    public void CheckInField_Rating_HasElevenChoices_AndSaysWhatTheEndsMean()
    {
        var mood = new CheckInQuestion("mood", CheckInQuestion.KeyFor("mood"), CheckInKind.Rating, "How was your mood?", []) { Low = "Very low", High = "Very good", ShortName = "Mood" };

        var cut = Render<CheckInField>(p => p.Add(x => x.Question, mood).Add(x => x.Chosen, "4"));

        Assert.Equal(11, cut.FindAll("input[type=radio][name='q.mood']").Count);
        Assert.Equal("4", cut.Find("input[checked]").GetAttribute("value"));
        Assert.Equal("0 means Very low, 10 means Very good.", cut.Find("#q-mood-0-hint").TextContent);
        Assert.Equal("How was your mood?", cut.Find("legend").TextContent);
    }

    [Fact]
    public void CheckInField_YesNo_SaysNoAndYes()
    {
        var used = new CheckInQuestion("used-plan", CheckInQuestion.KeyFor("used-plan"), CheckInKind.YesNo, "Did you use your plan?", ["No", "Yes"]) { ShortName = "Used my plan" };

        var cut = Render<CheckInField>(p => p.Add(x => x.Question, used).Add(x => x.Error, "Choose one."));

        Assert.Equal(["No", "Yes"], cut.FindAll("label").Select(l => l.TextContent));
        Assert.Contains("q-used-plan-0-error", cut.Find("fieldset").GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckInSuggestion_OffersTheCheckInAndNotNow_WithTheToken()
    {
        var cut = Render<CheckInSuggestion>(p => p.Add(x => x.CheckInUrl, "/check-in").Add(x => x.LaterUrl, "/check-in/later").Add(x => x.ReturnUrl, "/my-progress").Add(x => x.Token, new FormToken("__token", "abc")));

        Assert.Equal("check-in-suggestion-title", cut.Find("aside").GetAttribute("aria-labelledby"));
        Assert.Equal("/check-in", cut.Find("a.button").GetAttribute("href"));
        Assert.Equal("/check-in/later", cut.Find("form").GetAttribute("action"));
        Assert.Equal("abc", cut.Find("input[name=__token]").GetAttribute("value"));
        Assert.Equal("/my-progress", cut.Find("input[name=returnUrl]").GetAttribute("value"));
    }

    [Fact]
    public void TrendFigure_HasTheSummaryAHiddenChartAndATable()
    {
        var series = new TrendSeries("urge-days", "Days with urges", 7, TrendStyle.Bars, [new("5 Jan", 4), new("12 Jan", null), new("19 Jan", 2)]);

        var cut = Render<TrendFigure>(p => p.Add(x => x.Series, series));

        Assert.Equal("Days with urges", cut.Find("h3#trend-urge-days").TextContent);
        Assert.Equal("2 check-ins, from 5 Jan to 19 Jan. The first was 4 of 7 days, the most recent 2 of 7 days. On average: 3.", cut.Find(".trend__summary").TextContent);
        Assert.Equal("true", cut.Find("svg").GetAttribute("aria-hidden"));
        Assert.Equal(2, cut.FindAll("svg rect.trend-chart__bar").Count);
        Assert.Equal(["4 of 7 days", "–", "2 of 7 days"], cut.FindAll("tbody td").Select(td => td.TextContent));
        Assert.Equal(3, cut.FindAll("tbody th[scope=row]").Count);
    }
}
