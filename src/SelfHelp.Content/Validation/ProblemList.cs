namespace SelfHelp.Content.Validation;

internal sealed class ProblemList
{
    // Messages quote what the editor wrote; a runaway value (a whole paragraph as a link) should not flood the output.
    private const int MaxMessageLength = 300;

    private readonly List<ContentProblem> _problems = [];

    public ProblemList(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public IReadOnlyList<ContentProblem> Items => _problems;

    public bool HasErrors => ErrorCount > 0;

    public int ErrorCount => _problems.Count(p => p.Severity == Severity.Error);

    public void Error(int line, string message, string hint) =>
        _problems.Add(new ContentProblem(Severity.Error, Path, line, Shorten(message), hint));

    public void Warning(int line, string message, string hint) =>
        _problems.Add(new ContentProblem(Severity.Warning, Path, line, Shorten(message), hint));

    private static string Shorten(string message) =>
        message.Length <= MaxMessageLength ? message : string.Concat(message.AsSpan(0, MaxMessageLength - 1), "…");
}
