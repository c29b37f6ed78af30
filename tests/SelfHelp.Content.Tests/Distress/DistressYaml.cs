using SelfHelp.Content.Distress;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Distress;

/// <summary>Writes distress.yml text into a throw-away language folder and loads it.</summary>
internal static class DistressYaml
{
    /// <summary>The smallest valid file: one rule of each kind, on lines 2, 4 and 6.</summary>
    public const string Minimal = """
        suicide:
          - kill myself
        self-harm:
          - hurt myself
        child-at-risk:
          - child is in danger
        """;

    public static (DistressDetector Detector, IReadOnlyList<ContentProblem> Problems) Load(string yaml)
    {
        using var content = new TempContent();
        File.WriteAllText(Path.Combine(content.Folder, DistressLoader.FileName), yaml);
        return DistressLoader.Load(content.Folder);
    }

    /// <summary>A detector from rules that must load without problems.</summary>
    public static DistressDetector Detector(string yaml)
    {
        var (detector, problems) = Load(yaml);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return detector;
    }
}
