namespace SelfHelp.Web.Progress;

/// <summary>How full the notebook is.</summary>
/// <param name="Used">Characters of cookie the answers use.</param>
/// <param name="Capacity">Characters they may use (<c>Progress:MaxNotebookBytes</c>).</param>
public sealed record NotebookSpace(int Used, int Capacity)
{
    public int Percent => Capacity == 0 ? 100 : (int)Math.Min(100, Math.Ceiling(Used * 100.0 / Capacity));

    /// <summary>From 80%: time to suggest saving a progress file.</summary>
    public bool NearlyFull => Percent >= 80;
}
