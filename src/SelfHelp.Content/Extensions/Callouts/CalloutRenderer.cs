using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SelfHelp.Content.Extensions.Callouts;

/// <summary>Renders a callout as a labelled note: a title line followed by its Markdown.</summary>
internal sealed class CalloutRenderer : HtmlObjectRenderer<CalloutBlock>
{
    private readonly IReadOnlyDictionary<string, string> _titles;
    private readonly IReadOnlyDictionary<string, string> _notes;

    /// <summary>Creates the renderer with the default title for each callout name, and no fixed notes.</summary>
    public CalloutRenderer(IReadOnlyDictionary<string, string> titles)
        : this(titles, new Dictionary<string, string>())
    {
    }

    /// <summary>Creates the renderer with the default title for each callout name and the fixed note of some names.</summary>
    public CalloutRenderer(IReadOnlyDictionary<string, string> titles, IReadOnlyDictionary<string, string> notes)
    {
        _titles = titles;
        _notes = notes;
    }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CalloutBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var name = obj.Info ?? "";
        var title = string.IsNullOrWhiteSpace(obj.Arguments) ? _titles.GetValueOrDefault(name, name) : obj.Arguments;
        renderer.EnsureLine();
        renderer.Write("<div class=\"callout callout--").WriteEscape(name).Write("\" role=\"note\">");
        renderer.Write("<p class=\"callout__title\">").WriteEscape(title).WriteLine("</p>");
        if (_notes.TryGetValue(name, out var note))
        {
            renderer.Write("<p class=\"callout__note\">").WriteEscape(note).WriteLine("</p>");
        }
        renderer.WriteChildren(obj);
        renderer.WriteLine("</div>");
    }
}
