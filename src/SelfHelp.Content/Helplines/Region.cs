namespace SelfHelp.Content.Helplines;

/// <summary>A country or area the site has helplines for.</summary>
/// <param name="Code">Lower-case ISO 3166-1 alpha-2 code, for example <c>gb</c>.</param>
/// <param name="Name">The name people know it by, for example <c>United Kingdom</c>.</param>
public sealed record Region(string Code, string Name);
