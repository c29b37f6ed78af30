using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using SelfHelp.Content.Distress;

namespace SelfHelp.Content.Tests.Distress;

/// <summary>
/// Measures each language's bundled rules (<c>content/&lt;lang&gt;/distress.yml</c>) on its corpus of realistic answers
/// (<c>Corpus/&lt;lang&gt;.txt</c> and <c>Corpus/&lt;lang&gt;-unseen.txt</c>), with the same targets for every language, and
/// prints recall and false alarms per kind. Run with
/// <c>dotnet test tests/SelfHelp.Content.Tests --filter "FullyQualifiedName~DistressCorpus" --logger "console;verbosity=detailed"</c>
/// to see the table; a failure prints it with every miss and false alarm.
/// </summary>
public sealed class DistressCorpusTests(ITestOutputHelper output)
{
    private const double MinRecall = 0.95;
    private const double MaxFalseAlarms = 0.05;

    // <lang>-unseen.txt was written after the rules were tuned on <lang>.txt; it is not tuned on, so its floor is lower and
    // its rates are the honest estimate of how the rules do on answers nobody has seen (docs/safety.md).
    private const double UnseenMinRecall = 0.55;
    private const double UnseenMaxFalseAlarms = 0.10;

    private static readonly ConcurrentDictionary<string, DistressDetector> Detectors = new(StringComparer.Ordinal);

    /// <summary>The languages with bundled rules and a corpus; each is held to the same targets.</summary>
    public static TheoryData<string> Languages { get; } = new("en", "de");

    [Theory]
    [MemberData(nameof(Languages))]
    public void Corpus_BundledRules_ReachRecallAndFalseAlarmTargets(string language)
    {
        var report = Measure(language, $"{language}.txt");

        output.WriteLine(report.Table);
        Assert.True(report.Passes(MinRecall, MaxFalseAlarms), report.Table);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Corpus_AnswersWrittenAfterTuning_StayAboveTheFloor(string language)
    {
        var report = Measure(language, $"{language}-unseen.txt");

        output.WriteLine(report.Table);
        Assert.True(report.Passes(UnseenMinRecall, UnseenMaxFalseAlarms), report.Table);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Corpus_HasAtLeast150RealisticAnswers(string language)
    {
        var examples = DistressCorpus.Read($"{language}.txt");

        Assert.True(examples.Count >= 150, $"The corpus has {examples.Count} answers.");
        foreach (var label in new[] { DistressCorpus.Suicide, DistressCorpus.SelfHarm, DistressCorpus.ChildAtRisk, DistressCorpus.Ordinary })
        {
            Assert.True(examples.Count(e => e.Label == label) >= 25, $"Fewer than 25 answers under [{label}].");
        }

        Assert.Equal(examples.Count, examples.Select(e => e.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Corpus_NegatedCrisis_BringsTheCrisisMessageOnPurpose(string language)
    {
        var detector = Bundled(language);
        var negated = DistressCorpus.Read($"{language}.txt").Where(e => e.Label == DistressCorpus.NegatedCrisis).ToList();

        Assert.NotEmpty(negated);
        Assert.All(negated, e => Assert.True(detector.Find(e.Text).NeedsCrisisSupport, $"line {e.Line}: '{e.Text}'"));
    }

    private static Report Measure(string language, string fileName)
    {
        var detector = Bundled(language);
        var results = DistressCorpus.Read(fileName).Select(e => (Example: e, Result: detector.Find(e.Text))).ToList();
        return new Report(fileName, results);
    }

    private static DistressDetector Bundled(string language) => Detectors.GetOrAdd(language, static language =>
    {
        var (detector, problems) = DistressLoader.Load(BundledContent.LanguageFolder(language));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return detector;
    });

    /// <summary>Recall per kind and false alarms on ordinary answers, with every mistake listed.</summary>
    private sealed class Report
    {
        private readonly List<Row> _rows = [];

        public Report(string fileName, List<(DistressCorpus.Example Example, DistressResult Result)> results)
        {
            bool Crisis(DistressResult r) => r.NeedsCrisisSupport;
            bool Child(DistressResult r) => r.ChildAtRisk;
            bool Any(DistressResult r) => !r.IsEmpty;

            Recall(DistressCorpus.Suicide, "suicide: crisis message", Crisis);
            Recall(DistressCorpus.SelfHarm, "self-harm: crisis message", Crisis);
            Recall(DistressCorpus.ChildAtRisk, "child at risk: child message", Child);
            FalseAlarm("ordinary: crisis message", Crisis);
            FalseAlarm("ordinary: child message", Child);
            FalseAlarm("ordinary: any message", Any);

            var table = new StringBuilder();
            table.AppendLine(CultureInfo.InvariantCulture, $"Distress rules on {fileName} ({results.Count} answers):");
            foreach (var row in _rows)
            {
                var what = row.IsRecall ? "recall" : "false alarms";
                table.AppendLine(CultureInfo.InvariantCulture, $"  {row.Name,-32} {what,-12} {row.Hit,3}/{row.Total,-3} = {Rate(row),6:P1}");
            }

            var mistakes = results
                .Where(r => r.Example.Label switch
                {
                    DistressCorpus.Suicide or DistressCorpus.SelfHarm => !Crisis(r.Result),
                    DistressCorpus.ChildAtRisk => !Child(r.Result),
                    DistressCorpus.Ordinary => Any(r.Result),
                    _ => false,
                })
                .Select(r => $"  {fileName}:{r.Example.Line} [{r.Example.Label}] got {r.Result}: {r.Example.Text}")
                .ToList();
            table.AppendLine(CultureInfo.InvariantCulture, $"Misses and false alarms ({mistakes.Count}):");
            foreach (var mistake in mistakes)
            {
                table.AppendLine(mistake);
            }

            Table = table.ToString();

            void Recall(string label, string name, Func<DistressResult, bool> wanted)
            {
                var of = results.Where(r => r.Example.Label == label).ToList();
                _rows.Add(new Row(name, of.Count(r => wanted(r.Result)), of.Count, IsRecall: true));
            }

            void FalseAlarm(string name, Func<DistressResult, bool> alarm)
            {
                var of = results.Where(r => r.Example.Label == DistressCorpus.Ordinary).ToList();
                _rows.Add(new Row(name, of.Count(r => alarm(r.Result)), of.Count, IsRecall: false));
            }
        }

        public string Table { get; }

        public bool Passes(double minRecall, double maxFalseAlarms) =>
            _rows.All(r => r.IsRecall ? Rate(r) >= minRecall : Rate(r) <= maxFalseAlarms);

        private static double Rate(Row row) => row.Total == 0 ? 0 : row.Hit / (double)row.Total;

        private sealed record Row(string Name, int Hit, int Total, bool IsRecall);
    }
}
