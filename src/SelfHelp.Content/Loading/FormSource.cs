using SelfHelp.Content.Catalogue;

namespace SelfHelp.Content.Loading;

/// <summary>A form read from a block, with the lines that later checks across the module and programme point to.</summary>
/// <param name="Part">The form.</param>
/// <param name="IdLine">The line of its id, or of its opening ':::' line when the id is implied (starting point, reflection).</param>
/// <param name="CodeLine">The line of its code (exercises only).</param>
internal sealed record FormSource(FormBlockPart Part, int IdLine, int CodeLine);
