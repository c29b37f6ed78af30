using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Plan;

namespace SelfHelp.Content.Tests.Plan;

/// <summary>Issue 18: editors mark exercise fields with <c>plan: section</c>; the catalogue gathers them for My plan.</summary>
public sealed class PlanMarkTests
{
    private readonly ContentLoader _loader = new();

    private static string Exercise(string fields) => TempContent.Module(body: $"""
        ## Step

        Text.

        :::exercise
        id: my-plan
        code: P1
        title: My plan
        fields:
        {fields}
        :::
        """);

    [Fact]
    public void Load_PlanKey_PutsTheFieldInItsSection()
    {
        using var content = new TempContent().With("a.md", Exercise("""
              - id: signs
                type: text
                label: My signs
                plan: warning-signs
              - id: who
                type: list
                label: Who I call
                plan: people
              - id: sure
                type: scale
                label: How sure?
                low: Not
                high: Very
            """));

        var result = _loader.Load(content.Folder);

        Assert.Empty(result.Errors);
        Assert.Equal([(PlanSection.WarningSigns, "signs"), (PlanSection.People, "who")], result.Catalogue.Plan.Select(e => (e.Section, e.Field.Id)));
        Assert.Equal("my-plan", result.Catalogue.Plan[0].Form.Id);
    }

    [Fact]
    public void Load_UnknownSection_IsAnErrorWithASuggestion()
    {
        using var content = new TempContent().With("a.md", Exercise("""
              - id: signs
                type: text
                label: My signs
                plan: warning-sign
            """));

        var error = Assert.Single(_loader.Load(content.Folder).Errors);

        Assert.Contains("'warning-sign' is not a section of My plan", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'warning-signs'?", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PlanOnAScale_IsAnError()
    {
        using var content = new TempContent().With("a.md", Exercise("""
              - id: sure
                type: scale
                label: How sure?
                low: Not
                high: Very
                plan: reasons
            """));

        var error = Assert.Single(_loader.Load(content.Folder).Errors);

        Assert.Contains("A scale cannot go into My plan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BundledContent_FeedsEverySectionOfThePlan_FromModules8_12And13()
    {
        var catalogue = new ContentLoader().Load(BundledContent.EnglishFolder).Catalogue;

        Assert.Equal(Enum.GetValues<PlanSection>(), catalogue.Plan.Select(e => e.Section).Distinct());
        Assert.Equal(["8.2", "12.3", "13.1", "13.2", "13.3"], catalogue.Plan.Select(e => e.Form.Code!).Distinct().Order(StringComparer.Ordinal).OrderBy(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(catalogue.Plan, e => Assert.NotEqual(FieldKind.Scale, e.Field.Kind));
    }
}
