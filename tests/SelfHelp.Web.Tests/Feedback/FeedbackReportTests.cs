using System.Collections.Immutable;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Feedback;
using SelfHelp.Web.Feedback;

namespace SelfHelp.Web.Tests.Feedback;

/// <summary>The report a charity reads: counts under the threshold never shown, totals never exact, charts drawn by the site.</summary>
public sealed class FeedbackReportTests
{
    private static readonly FeedbackQuestions Questions = new(
        [new FeedbackQuestion("effort", FeedbackDomain.Burden, "How much effort did {it} take?", ["Huge", "Lots", "Some", "Little", "None"])],
        "Optional.");

    private static readonly ContentCatalogue Catalogue = new("en", [new Module("urges", "Getting through an urge", "S", 1, 1, Intensity.Low, [], [], [], [], "u.md")]);

    private static FeedbackSummary Summary(params (string Month, int Answer, long Count)[] counts) =>
        FeedbackSummary.Build(counts.Select(c => new FeedbackCount(c.Month, "urges", "effort", c.Answer, c.Count)), Questions, Catalogue, 10, "The whole programme");

    [Fact]
    public void Summary_HidesCountsUnderTheThreshold_AndRoundsTotalsDown()
    {
        var question = Summary(("2026-11", 4, 8), ("2026-12", 4, 7), ("2026-12", 1, 3)).Subjects[0].Questions[0];

        Assert.Equal([null, null, null, 15L, null], question.Answers.Select(a => a.Count));
        Assert.Equal(10, question.AtLeast);
        Assert.Equal("How much effort did it take?", question.Question);
    }

    [Fact]
    public void Summary_WithFewerThanTheThresholdInAll_ShowsNothingForTheQuestion()
    {
        var question = Summary(("2026-12", 4, 9)).Subjects[0].Questions[0];

        Assert.False(question.Shown);
        Assert.All(question.Answers, a => Assert.Null(a.Count));
    }

    [Fact]
    public void Summary_ForOneMonth_CountsOnlyThatMonth()
    {
        var counts = new[] { new FeedbackCount("2026-11", "urges", "effort", 4, 30), new FeedbackCount("2026-12", "urges", "effort", 4, 12) };

        var december = FeedbackSummary.Build(counts, Questions, Catalogue, 10, "The whole programme", "2026-12");

        Assert.Equal(12, december.Subjects[0].Questions[0].Answers[3].Count);
        Assert.Equal(["urges", "programme"], december.Subjects.Select(s => s.Id));
    }

    [Theory]
    [InlineData(0, 100, 0)]
    [InlineData(null, 100, 0)]
    [InlineData(100, 100, 280)]
    [InlineData(50, 100, 140)]
    [InlineData(1, 1000, 1)]
    [InlineData(5, 0, 0)]
    public void BarLength_IsProportionalToTheLargestShownCount(int? count, long largest, int expected)
    {
        Assert.Equal(expected, FeedbackChart.BarLength(count, largest));
    }

    [Fact]
    public void Chart_IsWellFormedSvgWithABarOnlyForShownCounts()
    {
        var question = Summary(("2026-12", 4, 20), ("2026-12", 2, 10), ("2026-12", 1, 3)).Subjects[0].Questions[0];

        var svg = XElement.Parse(FeedbackChart.Svg(question, "fewer than 10"));

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("true", svg.Attribute("aria-hidden")?.Value);
        Assert.Equal(["140", "280"], svg.Elements(ns + "rect").Select(r => r.Attribute("width")!.Value));
        Assert.Contains(svg.Elements(ns + "text"), t => t.Value == "fewer than 10");
    }

    [Fact]
    public async Task Html_IsAWholeDocument_WithAChartAndATablePerShownQuestion()
    {
        var html = FeedbackReport.Html(Summary(("2026-12", 4, 20)), "Self-help <test>", new DateTimeOffset(2026, 12, 31, 12, 0, 0, TimeSpan.Zero));

        using var response = new HttpResponseMessage { Content = new StringContent(html) };
        var document = await Html.ParseAsync(response);
        Assert.Equal("What people told us: Self-help <test>", document.Single("h1").TextContent);
        Assert.Single(document.QuerySelectorAll("svg.feedback-chart"));
        Assert.Equal(["Huge", "fewer than 10"], document.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains("Fewer than 10 answers so far.", document.QuerySelectorAll("h2")[1].NextElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script"));
    }

    [Fact]
    public void Csv_HasEveryAnswer_HiddenCountsMarked_AndNoFormulas()
    {
        var questions = new FeedbackQuestions([new FeedbackQuestion("effort", FeedbackDomain.Burden, "=cmd|' /C calc'!A0 {it}", ["+1", "two, \"quoted\""])], "");
        var summary = FeedbackSummary.Build([new FeedbackCount("2026-12", "urges", "effort", 2, 11)], questions, Catalogue, 10, "The whole programme");

        var lines = FeedbackReport.Csv(summary).TrimEnd('\n').Split('\n');

        Assert.Equal("month,subject,subject_title,question,domain,question_text,answer_position,answer,count", lines[0]);
        Assert.Equal("all,urges,Getting through an urge,effort,burden,'=cmd|' /C calc'!A0 it,1,'+1,<10", lines[1]);
        Assert.Equal("all,urges,Getting through an urge,effort,burden,'=cmd|' /C calc'!A0 it,2,\"two, \"\"quoted\"\"\",11", lines[2]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public async Task Command_WritesTheReportFromTheConfiguredStore()
    {
        var folder = Directory.CreateTempSubdirectory("selfhelp-feedback-report-");
        try
        {
            using var site = new SelfHelpFactory(Paths.FixtureContent);
            var store = site.Services.GetRequiredService<IFeedbackStore>();
            for (var i = 0; i < 11; i++)
            {
                await store.AddAsync("2026-12", "first", [new FeedbackAnswer("effort", 5)], TestContext.Current.CancellationToken);
            }

            var exit = await FeedbackReportCommand.RunAsync(site.Services, folder.FullName, null);

            Assert.Equal(0, exit);
            var csv = await File.ReadAllLinesAsync(Path.Combine(folder.FullName, "feedback.csv"), TestContext.Current.CancellationToken);
            Assert.Contains(csv, l => l.StartsWith("all,first,First module,effort,burden,", StringComparison.Ordinal) && l.EndsWith(",5,No effort at all,11", StringComparison.Ordinal));
            Assert.Contains("<svg class=\"feedback-chart\"", await File.ReadAllTextAsync(Path.Combine(folder.FullName, "feedback.html"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Equal(2, await FeedbackReportCommand.RunAsync(site.Services, folder.FullName, "December"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Arguments_AreReadByName()
    {
        string[] args = ["--environment", "Production", "--feedback-report", "out", "--feedback-month", "2026-12"];

        Assert.Equal("out", FeedbackReportCommand.Folder(args));
        Assert.Equal("2026-12", FeedbackReportCommand.Month(args));
        Assert.Null(FeedbackReportCommand.Folder(["--feedback-report"]));
    }
}
