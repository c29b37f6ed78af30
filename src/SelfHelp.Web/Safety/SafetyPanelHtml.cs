using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Html;
using SelfHelp.Content.Helplines;
using SelfHelp.Web.Components;

namespace SelfHelp.Web.Safety;

/// <summary>
/// The safety panel's HTML, rendered once for each set of what it shows (three helplines, the region's name, the page's
/// language and the links to two fixed pages), then reused: it is on every page, it is the same for everyone who chose
/// that region, and setting up a Razor component for it cost a step page more than anything the panel shows. The key
/// is what is shown, so reloaded content can never bring back old numbers. Nothing about a person is kept.
/// </summary>
public sealed class SafetyPanelHtml(ILoggerFactory loggers)
{
    // Far above regions x languages x UI languages; past it (content reloaded many times) panels are rendered each time.
    private const int MaxEntries = 1024;

    private readonly ConcurrentDictionary<Key, string> _entries = new();

    public async Task<IHtmlContent> RenderAsync(IServiceProvider services, RegionHelplines support, string helpUrl, string? nowUrl)
    {
        ArgumentNullException.ThrowIfNull(support);
        var key = new Key(CultureInfo.CurrentUICulture.Name, support.OwnBehaviour, support.Crisis, support.Emergency, support.Region?.Name, helpUrl, nowUrl);
        if (_entries.TryGetValue(key, out var html))
        {
            return new HtmlString(html);
        }

        html = await Render(services, support, helpUrl, nowUrl);
        if (_entries.Count < MaxEntries)
        {
            _entries.TryAdd(key, html);
        }

        return new HtmlString(html);
    }

    private async Task<string> Render(IServiceProvider services, RegionHelplines support, string helpUrl, string? nowUrl)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(SafetyPanel.Support)] = support,
                [nameof(SafetyPanel.HelpUrl)] = helpUrl,
                [nameof(SafetyPanel.NowUrl)] = nowUrl,
            });
            var output = await renderer.RenderComponentAsync<SafetyPanel>(parameters);
            return output.ToHtmlString();
        });
    }

    private readonly record struct Key(
        string Culture, Helpline? OwnBehaviour, Helpline? Crisis, Helpline? Emergency, string? RegionName, string HelpUrl, string? NowUrl);
}
