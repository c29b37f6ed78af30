namespace SelfHelp.Content.Validation;

internal sealed class ProblemList
{
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
        _problems.Add(new ContentProblem(Severity.Error, Path, line, message, hint));

    public void Warning(int line, string message, string hint) =>
        _problems.Add(new ContentProblem(Severity.Warning, Path, line, message, hint));
}
