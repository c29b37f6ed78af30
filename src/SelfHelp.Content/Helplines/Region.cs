using System.Collections.Immutable;

namespace SelfHelp.Content.Helplines;

/// <summary>A country or area the site has helplines for.</summary>
/// <param name="Code">Lower-case ISO 3166-1 alpha-2 code, for example <c>gb</c>.</param>
/// <param name="Name">The name people know it by, for example <c>United Kingdom</c>.</param>
public sealed record Region(string Code, string Name)
{
    /// <summary>Its time zone, in which "open now" is worked out and times are shown.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>
    /// Codes of the languages people there may choose between, such as <c>nl</c> and <c>fr</c> for Belgium, in file
    /// order; empty when the region's services need no choice.
    /// </summary>
    public ImmutableArray<string> Languages { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(Region? other) =>
        other is not null && Code == other.Code && Name == other.Name && TimeZone.Id == other.TimeZone.Id && Languages.SequenceEqual(other.Languages);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, TimeZone.Id);
}
