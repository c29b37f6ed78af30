namespace SelfHelp.Web.Forms;

/// <summary>Everything answered in one module.</summary>
public sealed record ModuleSection(string Title, int RatingBefore, int RatingAfter, IReadOnlyList<FormAnswers> Forms);
