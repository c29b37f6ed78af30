using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace SelfHelp.Web.Tests.Logging;

/// <summary>
/// Drives a whole journey with a marker in every value a person can send, and proves that none of them reaches the
/// log: not the path's values, the query, cookies, form fields, answers, the user agent, referrer or address.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string Marker = "zqxmarker";

    [Fact]
    public async Task Journey_WithMarkersEverywhere_LeavesNoMarkerInTheLog()
    {
        var sink = new CapturingSink();
        using var factory = new SelfHelpFactory(Paths.BundledContent, services: s => s.AddSingleton<ILogEventSink>(sink));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"Browser/{Marker}ua");
        client.DefaultRequestHeaders.Referrer = new Uri($"https://{Marker}referrer.example/");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.77");
        client.DefaultRequestHeaders.Add("X-Real-IP", "203.0.113.78");

        await client.GetPathAsync($"/?q={Marker}query");
        await client.GetPathAsync($"/modules/welcome?{Marker}=1");
        await client.GetPathAsync($"/modules/{Marker}module/1");
        await client.GetPathAsync($"/{Marker}path");
        await client.PostFormAsync("/modules/welcome/3",
            ("forms", "looking-after-myself"), ("looking-after-myself.hopes", $"{Marker}answer and I want to kill myself"), ("go", "save:looking-after-myself"));
        await client.PostFormAsync("/modules/welcome/3", ("forms", "looking-after-myself"), ("looking-after-myself.helps", $"{Marker}bad"));
        await client.PostFormAsync("/save", ("code", $"{Marker}file"));
        await client.PostFormAsync("/help", ("region", $"{Marker}region"));
        await client.PostFormAsync("/modules/welcome/4", ("forms", "finish"), ("go", "finish"));
        await client.PostFormAsync("/feedback/welcome", ("q.effort", $"{Marker}answer"));
        await client.PostFormAsync("/feedback/welcome", ("q.effort", "3"), ($"q.{Marker}", "1"));
        await client.GetPathAsync($"/feedback/{Marker}subject");
        await client.PostFormAsync("/my-plan", ("shown", "plan.urges.my-urge-plan.warning-signs"), ("plan.urges.my-urge-plan.warning-signs", $"{Marker}plan"));
        await client.PostFormAsync("/my-plan", ("shown", "plan.urges.my-urge-plan.people"), ("plan.urges.my-urge-plan.people", new string('x', 400) + Marker));
        await client.PostFormAsync("/check-in", ("q.mood", "0"), ("q.urge-days", $"{Marker}days"));
        await client.PostFormAsync("/check-in", ("q.mood", "0"));
        await client.PostFormAsync("/check-in/later", ("returnUrl", $"/{Marker}return"));
        await client.GetPathAsync($"/my-plan/download?{Marker}=1");
        await client.GetPathAsync("/now");
        await client.PostAsync(new Uri("/modules/welcome/3", UriKind.Relative),
            new FormUrlEncodedContent([KeyValuePair.Create("looking-after-myself.hopes", $"{Marker}noantiforgery")]), TestContext.Current.CancellationToken);
        await client.PostAsync(new Uri("/forget", UriKind.Relative),
            new FormUrlEncodedContent([KeyValuePair.Create("anything", $"{Marker}noantiforgery")]), TestContext.Current.CancellationToken);
        var bad = new HttpRequestMessage(HttpMethod.Get, new Uri("/modules", UriKind.Relative));
        bad.Headers.TryAddWithoutValidation("Cookie", $"state={Marker}cookie");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(bad, TestContext.Current.CancellationToken)).StatusCode);

        var text = sink.Text();
        var requests = sink.Events.Where(e => e.Properties.ContainsKey("Route")).Select(e => $"{e.Properties["RequestMethod"]} {e.Properties["Route"]} {e.Properties["StatusCode"]}").ToList();
        Assert.Contains("\"GET\" \"/modules/{id}\" 200", requests);
        Assert.Contains("\"POST\" \"/modules/{id}/{step:int}\" 200", requests);
        Assert.Contains("\"POST\" \"/forget\" 400", requests);
        Assert.Contains("\"POST\" \"/my-plan/{handler?}\" 302", requests);
        Assert.Contains("\"POST\" \"/check-in/{handler?}\" 200", requests);
        Assert.DoesNotContain(Marker, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("203.0.113", text, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kill myself", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestLog_HoldsMethodRouteStatusAndDurationOnly()
    {
        var sink = new CapturingSink();
        using var factory = new SelfHelpFactory(Paths.BundledContent, services: s => s.AddSingleton<ILogEventSink>(sink));

        await factory.CreateClient().GetPathAsync("/modules/welcome/2?x=1");

        var request = Assert.Single(sink.Events, e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal));
        Assert.Equal(["Elapsed", "RequestMethod", "Route", "StatusCode"], request.Properties.Keys.Where(k => k != "SourceContext").Order());
        Assert.Equal("\"/modules/{id}/{step:int}\"", request.Properties["Route"].ToString());
    }
}
