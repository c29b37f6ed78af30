namespace SelfHelp.Content.Validation;

/// <summary>
/// One problem found in a content file, with where it is and how to fix it.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Path">The file, relative to the content folder where possible.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Hint">How to fix it.</param>
public sealed record ContentProblem(Severity Severity, string Path, int Line, string Message, string Hint)
{
    // Lines a hint's continuation lines up under the text after "    hint: ".
    private const string HintIndent = "          ";

    /// <summary>
    /// Formats the problem as <c>path:line: severity: message</c> followed by an indented hint line; a hint of
    /// several lines (such as an example) stays indented under it.
    /// </summary>
    public override string ToString() => Format(Path);

    /// <summary>Formats the problem as <see cref="ToString"/> does, showing <paramref name="path"/> as its file.</summary>
    public string Format(string path)
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var hint = Hint.ReplaceLineEndings(Environment.NewLine + HintIndent);
        return $"{path}:{Line}: {severity}: {Message}{Environment.NewLine}    hint: {hint}";
    }
}
