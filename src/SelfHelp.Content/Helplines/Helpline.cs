using System.Collections.Immutable;

namespace SelfHelp.Content.Helplines;

/// <summary>One helpline or service, as written in <c>helplines.yml</c> and checked on load.</summary>
/// <param name="Id">Stable id, such as <c>samaritans</c>.</param>
/// <param name="Name">The service's name.</param>
/// <param name="Purpose">What it is for.</param>
/// <param name="Description">One or two plain sentences on who it is for and what to expect.</param>
/// <param name="Phone">The number as people read and dial it, such as <c>0808 1000 900</c>; null when there is none.</param>
/// <param name="PhoneHref">
/// A <c>tel:</c> URI built from <paramref name="Phone"/>: E.164 (<c>tel:+448081000900</c>) when the international form
/// follows from the region's calling code, otherwise the digits as dialled (<c>tel:999</c>); null when there is no phone.
/// </param>
/// <param name="Text">How to reach it by text message, such as <c>Text 988</c>; null when it takes no texts.</param>
/// <param name="Chat">The https address of its web chat, or null.</param>
/// <param name="Web">The https address of its website, or null.</param>
/// <param name="Hours">When it is open, as written by the editor; null when not known.</param>
/// <param name="Regions">Codes of the regions it serves.</param>
/// <param name="Source">Where the details were read, for the people who re-check them.</param>
/// <param name="Checked">The day the details were last checked.</param>
public sealed record Helpline(
    string Id,
    string Name,
    HelplinePurpose Purpose,
    string Description,
    string? Phone,
    string? PhoneHref,
    string? Text,
    string? Chat,
    string? Web,
    string? Hours,
    ImmutableArray<string> Regions,
    string Source,
    DateOnly Checked);
