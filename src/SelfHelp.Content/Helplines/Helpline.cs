using System.Collections.Immutable;

namespace SelfHelp.Content.Helplines;

/// <summary>One helpline or service, as written in <c>helplines.yml</c> and checked on load.</summary>
public sealed record Helpline
{
    /// <summary>Stable id, such as <c>samaritans</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The service's name.</summary>
    public required string Name { get; init; }

    /// <summary>What it is for.</summary>
    public required HelplinePurpose Purpose { get; init; }

    /// <summary>One or two plain sentences on who it is for and what to expect.</summary>
    public required string Description { get; init; }

    /// <summary>The number as people read and dial it, such as <c>0808 1000 900</c>; null when there is none.</summary>
    public string? Phone { get; init; }

    /// <summary>
    /// A <c>tel:</c> URI built from <see cref="Phone"/>: E.164 (<c>tel:+448081000900</c>) when the international form follows
    /// from the region's calling code, otherwise the digits as dialled (<c>tel:999</c>); null when there is no phone.
    /// </summary>
    public string? PhoneHref { get; init; }

    /// <summary>How to reach it by text message, such as <c>Text 988</c>; null when it takes no texts.</summary>
    public string? Text { get; init; }

    /// <summary>The https address of its web chat, or null.</summary>
    public string? Chat { get; init; }

    /// <summary>Where it runs its chat when that is not its own website, such as <c>Facebook Messenger</c>; null otherwise.</summary>
    public string? ChatPlatform { get; init; }

    /// <summary>Its email address, or the https address of its secure email page; null when there is none.</summary>
    public string? Email { get; init; }

    /// <summary>A <c>mailto:</c> link for an address, or the page's address; null when there is no email.</summary>
    public string? EmailHref { get; init; }

    /// <summary>The https address of its website, or null.</summary>
    public string? Web { get; init; }

    /// <summary>When it is open; <see cref="OpeningHours.Unknown"/> when not known.</summary>
    public OpeningHours Hours { get; init; } = OpeningHours.Unknown;

    /// <summary>Codes of the languages it answers in, such as <c>en</c>; empty when it does not matter (emergency numbers).</summary>
    public ImmutableArray<string> Languages { get; init; } = [];

    /// <summary>One plain line on what it may pass on, such as details of a child at risk; null when not known.</summary>
    public string? Confidentiality { get; init; }

    /// <summary>Codes of the regions it serves.</summary>
    public ImmutableArray<string> Regions { get; init; } = [];

    /// <summary>Where its details were read.</summary>
    public ImmutableArray<HelplineSource> Sources { get; init; } = [];

    /// <summary>The latest day any of its details were checked on its own page, or null when none were.</summary>
    public DateOnly? Verified => Sources.Select(s => s.IsOwnPage ? s.Verified : null).Max();

    /// <summary>True when its opening hours were checked on its own page (otherwise they are shown as "usually").</summary>
    public bool HoursVerified => Sources.Any(s => s.Verifies("hours"));

    /// <summary>True when it serves people who speak <paramref name="language"/> (or language does not matter).</summary>
    public bool Speaks(string? language) => Languages.IsEmpty || language is null || Languages.Contains(language);
}
