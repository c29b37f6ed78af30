namespace SelfHelp.Web.Forms;

/// <summary>One answered question, as lines a person can read.</summary>
public sealed record FieldAnswer(string Question, IReadOnlyList<string> Lines, bool IsList = false);
