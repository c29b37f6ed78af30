namespace SelfHelp.Web.Forms;

/// <summary>One answered form.</summary>
public sealed record FormAnswers(string Title, IReadOnlyList<FieldAnswer> Fields);
