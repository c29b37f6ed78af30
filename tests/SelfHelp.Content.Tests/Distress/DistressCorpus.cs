namespace SelfHelp.Content.Tests.Distress;

/// <summary>
/// A corpus of answers in Corpus/*.txt, each under a heading that says what it should bring: one answer a line,
/// '#' lines are notes.
/// </summary>
internal static class DistressCorpus
{
    public const string Suicide = "suicide";
    public const string SelfHarm = "self-harm";
    public const string ChildAtRisk = "child-at-risk";
    public const string Ordinary = "ordinary";
    public const string NegatedCrisis = "negated-crisis";

    public static readonly string[] Labels = [Suicide, SelfHarm, ChildAtRisk, Ordinary, NegatedCrisis];

    public static string Folder { get; } = Path.Combine(BundledContent.RepositoryRoot, "tests", "SelfHelp.Content.Tests", "Distress", "Corpus");

    public static IReadOnlyList<Example> Read(string fileName)
    {
        var examples = new List<Example>();
        string? label = null;
        var number = 0;
        foreach (var line in File.ReadLines(Path.Combine(Folder, fileName)))
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (text.StartsWith('[') && text.EndsWith(']'))
            {
                label = text[1..^1];
                if (!Labels.Contains(label))
                {
                    throw new InvalidDataException($"{fileName}:{number}: unknown heading [{label}]; use one of {string.Join(", ", Labels)}.");
                }

                continue;
            }

            examples.Add(new Example(label ?? throw new InvalidDataException($"{fileName}:{number}: an answer before the first heading."), text, number));
        }

        return examples;
    }

    /// <summary>One answer and what it should bring.</summary>
    public sealed record Example(string Label, string Text, int Line);
}
