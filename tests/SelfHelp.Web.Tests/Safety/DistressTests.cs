using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Safety;

/// <summary>
/// Support straight after saving, on the bundled content and rules, without JavaScript. The clock is fixed at a Sunday
/// evening in London, when the specialist line is closed and the crisis line open.
/// </summary>
public sealed class DistressTests : IDisposable
{
    private const string Step = "/modules/welcome/3";
    private const string Form = "looking-after-myself";
    private readonly SelfHelpFactory _site = new(Paths.BundledContent, services: s => s.AddSingleton<TimeProvider>(new TestClock(new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.Zero))));

    public void Dispose() => _site.Dispose();

    private HttpClient NewBrowser() => _site.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("some nights I think about topping myself")]
    [InlineData("I took an overdose last year")]
    [InlineData("I have been planning how to kill my self")]
    [InlineData("I've been self harming again")]
    public async Task Post_CrisisAnswer_SavesAndShowsTheCrisisLineOpenNowAndTheEmergencyNumber(string answer)
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync(Step, ("forms", Form), ($"{Form}.hopes", answer), ("go", "save:" + Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var message = page.Single("#support");
        Assert.Equal("alert", message.GetAttribute("role"));
        Assert.Equal("You do not have to face this alone", message.Single("h2").TextContent);
        Assert.Equal("tel:116123", message.Single("[data-support=crisis] a").GetAttribute("href"));
        Assert.Equal("Open now, 24 hours", message.Single("[data-support=crisis] .helpline-status").TextContent);
        Assert.Equal("tel:999", message.Single("[data-support=emergency] a").GetAttribute("href"));
        Assert.Null(message.QuerySelector(".distress__steps"));
        Assert.Contains("saved as normal", message.TextContent, StringComparison.Ordinal);
        Assert.Equal(answer, page.Single($"#f-{Form}-hopes").TextContent);
        Assert.Equal(answer, (await client.GetDocumentAsync(Step)).Single($"#f-{Form}-hopes").TextContent);
    }

    [Theory]
    [InlineData("I'm alone with my stepdaughter most evenings and I don't trust myself")]
    [InlineData("I've been chatting to a 14 year old girl online")]
    public async Task Post_ChildAtRiskAnswer_SaysCallTheEmergencyNumberWhatToDoAndTheSpecialistLineWithItsHours(string answer)
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync(Step, ("forms", Form), ($"{Form}.hopes", answer), ("go", "save:" + Form));

        var page = await Html.ParseAsync(response);
        var message = page.Single("#support");
        Assert.Equal("If a child is in danger now, call 999", message.Single("h2").TextContent);
        Assert.Equal("tel:999", message.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal(4, message.QuerySelectorAll(".distress__steps > li").Length);
        var specialist = message.Single("[data-support=specialist]");
        Assert.Equal("tel:+448081000900", specialist.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("Probably closed now. Usually opens tomorrow at 09:00", specialist.QuerySelector(".helpline-status")?.TextContent);
        Assert.Contains("Monday to Thursday 09:00 to 21:00", specialist.Single(".distress__hours").TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:116123", specialist.Single("[data-support=crisis] a").GetAttribute("href"));
        Assert.Null(message.QuerySelector(".distress__contacts"));
        Assert.Equal(answer, (await client.GetDocumentAsync(Step)).Single($"#f-{Form}-hopes").TextContent);
    }

    [Theory]
    [InlineData("To feel calmer and more in control.")]
    [InlineData("I want to build skills myself")]
    [InlineData("I killed time scrolling and cut down on coffee")]
    [InlineData("my kids' school play was lovely")]
    [InlineData("I never want to hurt a child again")]
    public async Task Post_OrdinaryAnswer_RedirectsWithoutSupportMessage(string answer)
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync(Step, ("forms", Form), ($"{Form}.hopes", answer), ("go", "save:" + Form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await client.GetDocumentAsync(response.Headers.Location!.OriginalString)).QuerySelector("#support"));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("2", false)]
    [InlineData("10", false)]
    public async Task Post_VeryLowMood_BringsSupportDeclaredOnTheScale(string mood, bool support)
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync("/modules/self-care/3", ("forms", "looking-after-me"), ("looking-after-me.mood", mood), ("go", "save:looking-after-me"));

        if (!support)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return;
        }

        var message = (await Html.ParseAsync(response)).Single("#support");
        Assert.StartsWith("Your answer says things are very hard", message.Single("h2 + p").TextContent, StringComparison.Ordinal);
        Assert.Equal(["tel:116123", "tel:999", "tel:+448081000900"], message.QuerySelectorAll(".distress__contacts a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Post_StartingPointOfNoControl_BringsSupportOnTheModulePage()
    {
        var client = NewBrowser();

        var response = await client.PostFormAsync("/modules/online-life", ("forms", "starting-point"), ("starting-point.rating", "1"), ("go", "save:starting-point"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await Html.ParseAsync(response)).QuerySelector("#support [data-support=crisis]"));
    }
}
