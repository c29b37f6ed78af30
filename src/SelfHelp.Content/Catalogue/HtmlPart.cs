namespace SelfHelp.Content.Catalogue;

/// <summary>Markdown already rendered to safe HTML (raw HTML in the source is escaped).</summary>
/// <param name="Html">The rendered HTML.</param>
public sealed record HtmlPart(string Html) : ContentPart;
