namespace SelfHelp.Content.Retired;

/// <summary>An exercise code that editors no longer use, and where its exercise went.</summary>
/// <param name="Code">The code as editors wrote it, such as <c>7.4</c>.</param>
/// <param name="MovedTo">The live code of the exercise that replaced it, or null when it was removed.</param>
/// <param name="Note">A short plain-text explanation for the person who typed the old code, or null.</param>
public sealed record RetiredCode(string Code, string? MovedTo, string? Note);
