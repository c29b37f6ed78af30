using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Pages.Start;

/// <summary>The result of "where to start" on the bundled questions: struggling puts the helplines first.</summary>
public sealed class StartResultTests : IDisposable
{
    private readonly SelfHelpFactory _site = new(Paths.BundledContent, services: s => s.AddSingleton<TimeProvider>(new TestClock(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero))));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Struggling_PutsTheHelplinesAboveTheModules()
    {
        var client = _site.CreateClient();

        await client.PostFormAsync("/start", ("q-where", "viewing"), ("q-urges", "daily"), ("q-feeling", "struggling"));
        var page = await client.GetDocumentAsync("/start/result");

        var main = page.Single("main");
        var summary = main.Single("section.helpline-summary");
        Assert.Equal("Talk to someone today", summary.Single("h2").TextContent);
        Assert.Equal(["tel:+448081000900", "tel:116123", "tel:999"], summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Open now, 24 hours", summary.Single("[data-purpose=Crisis] .helpline-status").TextContent);
        var firstTel = main.QuerySelector("a[href^='tel:']")!;
        var taskList = main.Single(".task-list");
        Assert.True(firstTel.CompareDocumentPosition(taskList).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task NotStruggling_ShowsTheModulesWithoutTheHelplineBlock()
    {
        var client = _site.CreateClient();

        await client.PostFormAsync("/start", ("q-where", "stopped"), ("q-urges", "rarely"), ("q-feeling", "ok"));
        var page = await client.GetDocumentAsync("/start/result");

        Assert.Null(page.QuerySelector("main .helpline-summary"));
        Assert.NotNull(page.QuerySelector("main .task-list"));
    }

    [Theory]
    [InlineData("child", "do not spend time alone with that child", "Starting here", "More help, and talking to someone")]
    [InlineData("police", "the police have been in touch", "Starting here", "The law and what can happen")]
    public async Task PoliceOrWorryAboutAChild_PutsTheHelplinesFirstWithItsOwnOrder(string where, string reason, string first, string second)
    {
        var client = _site.CreateClient();

        await client.PostFormAsync("/start", ("q-where", where), ("q-urges", "rarely"), ("q-feeling", "ok"));
        var page = await client.GetDocumentAsync("/start/result");

        var main = page.Single("main");
        Assert.NotNull(main.QuerySelector("section.helpline-summary"));
        Assert.Contains(reason, main.Single("[data-test=path-reason]").TextContent, StringComparison.Ordinal);
        var links = main.QuerySelectorAll(".task-list .task-list__link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal([first, second], links.Take(2));
    }
}
