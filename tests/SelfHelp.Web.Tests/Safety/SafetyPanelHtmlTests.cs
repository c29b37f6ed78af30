using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.Components;
using SelfHelp.Web.Safety;
using SelfHelp.Web.Tests.Components;

namespace SelfHelp.Web.Tests.Safety;

/// <summary>
/// The layout shows the safety panel from <see cref="SafetyPanelHtml"/>, rendered once per set of what it shows: the
/// same HTML as the component, and never another region's, language's or content load's numbers.
/// </summary>
public sealed class SafetyPanelHtmlTests : ComponentTestContext
{
    private readonly SafetyPanelHtml _panels = new(NullLoggerFactory.Instance);

    private static RegionHelplines Support(string regionName, string crisisName, string crisisPhone) => new(
        new HelplineDirectory([], []),
        new Region("gb", regionName),
        null,
        [
            TestHelplines.Line("Stop It Now", HelplinePurpose.OwnBehaviour, "0808 1000 900", "tel:+448081000900"),
            TestHelplines.Line(crisisName, HelplinePurpose.Crisis, crisisPhone, "tel:" + crisisPhone.Replace(" ", "", StringComparison.Ordinal)),
            TestHelplines.Line("Emergency services", HelplinePurpose.Emergency, "999", "tel:999"),
        ],
        new HelplineClock(DateTimeOffset.UnixEpoch, TestHelplines.London));

    private async Task<string> Html(RegionHelplines support, string helpUrl = "/help", string? nowUrl = "/now")
    {
        var content = await _panels.RenderAsync(Services, support, helpUrl, nowUrl);
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public async Task RenderAsync_IsTheComponentsHtml()
    {
        var support = Support("United Kingdom", "Samaritans", "116 123");

        var html = await Html(support);

        var component = Render<SafetyPanel>(p => p.Add(x => x.Support, support).Add(x => x.HelpUrl, "/help").Add(x => x.NowUrl, "/now"));
        component.MarkupMatches(html);
        Assert.Contains("tel:116123", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_SameInputsTwice_GivesTheSameHtml()
    {
        var first = await Html(Support("United Kingdom", "Samaritans", "116 123"));
        var second = await Html(Support("United Kingdom", "Samaritans", "116 123"));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RenderAsync_OtherNumbersForTheSameRegion_NeverShowsTheFirst()
    {
        // As after content is reloaded with a corrected number: the key is what the panel shows, not the region code.
        var before = await Html(Support("United Kingdom", "Samaritans", "116 123"));
        var after = await Html(Support("United Kingdom", "Samaritans", "116 124"));

        Assert.Contains("tel:116123", before, StringComparison.Ordinal);
        Assert.Contains("tel:116124", after, StringComparison.Ordinal);
        Assert.DoesNotContain("tel:116123", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_OtherLinksOrRegionName_RenderedForThem()
    {
        var english = await Html(Support("United Kingdom", "Samaritans", "116 123"));
        var german = await Html(Support("United Kingdom", "Samaritans", "116 123"), "/de/help", "/de/now");
        var wales = await Html(Support("Wales", "Samaritans", "116 123"));

        Assert.Contains("href=\"/help\"", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/de/help\"", german, StringComparison.Ordinal);
        Assert.Contains("href=\"/de/now\"", german, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/help\"", german, StringComparison.Ordinal);
        Assert.Contains("Wales", wales, StringComparison.Ordinal);
        Assert.DoesNotContain("Wales", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_PageLanguage_IsPartOfTheKey()
    {
        var support = Support("United Kingdom", "Samaritans", "116 123");
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var english = await Html(support);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
            var german = await Html(support);

            Assert.Contains("Need to talk to someone?", english, StringComparison.Ordinal);
            Assert.DoesNotContain("Need to talk to someone?", german, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }
}
