using System.Text;
using SelfHelp.Content.Loading;

namespace SelfHelp.Content.Tests.Loading;

/// <summary>Loading never throws, whatever is in the files: odd input becomes an error with a line, not a crash.</summary>
public class OddInputTests
{
    private const string FrontMatter = "---\nid: odd\ntitle: Odd\nsummary: Odd.\norder: 1\nintensity: low\nobjectives: [One]\n---\n\n";

    private static readonly Dictionary<string, (Func<byte[]> Content, bool Error)> Cases = new(StringComparer.Ordinal)
    {
        ["empty file"] = (() => [], true),
        ["only whitespace"] = (() => Text(" \n\t\n"), true),
        ["only '---'"] = (() => Text("---"), true),
        ["two '---' lines"] = (() => Text("---\n---\n"), true),
        ["front matter is a sentence"] = (() => Text("---\nJust a sentence.\n---\n\n## Step\n\nText.\n"), true),
        ["front matter is a list"] = (() => Text("---\n- id: odd\n---\n\n## Step\n\nText.\n"), true),
        ["duplicate front matter key"] = (() => Text("---\nid: odd\nid: odd\n---\n\n## Step\n\nText.\n"), true),
        ["YAML that makes YamlDotNet throw InvalidOperationException"] = (() => Text("---\nid: odd\nobjectives:\n- [\ny\n---\n\n## Step\n\nText.\n"), true),
        ["YAML that makes YamlDotNet throw ArgumentException"] = (() => Text(FrontMatter + "## Step\n\n:::exercise\n: []*:\n:::\n"), true),
        ["unknown YAML alias"] = (() => Text("---\nid: *nothing\n---\n\n## Step\n\nText.\n"), true),
        ["tabs in YAML"] = (() => Text("---\nid: odd\n\ttitle: Odd\n---\n\n## Step\n\nText.\n"), true),
        ["':::' alone"] = (() => Text(":::"), true),
        ["':::' alone after front matter"] = (() => Text(FrontMatter + "## Step\n\nText.\n\n:::\n"), true),
        ["random bytes"] = (() => RandomBytes(3000), true),
        ["bytes that are not UTF-8"] = (() => [.. Text(FrontMatter + "## Step\n\n"), 0xC3, 0x28, 0xFF, 0xFE, 0x00, 0x0A], false),
        ["NUL characters"] = (() => Text(FrontMatter + "## Step\n\nA\0B\n\n:::tip\0\nX\n:::\n"), true),
        ["a 1 MB line"] = (() => Text(FrontMatter + "## Step\n\n" + string.Concat(Enumerable.Repeat("A short line. ", 75_000)) + "\n"), false),
        ["a 1 MB link"] = (() => Text(FrontMatter + "## Step\n\n[x](module:" + new string('a', 1_000_000) + ")\n"), true),
        ["a 1 MB block name"] = (() => Text(FrontMatter + "## Step\n\n:::" + new string('a', 1_000_000) + "\n:::\n"), true),
        ["a 1 MB front matter key"] = (() => Text("---\n" + new string('k', 1_000_000) + ": v\n---\n\n## Step\n\nText.\n"), true),
        ["deeply nested lists"] = (() => Text(FrontMatter + "## Step\n\n" + string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- item\n"))), true),
        ["deeply nested quotes"] = (() => Text(FrontMatter + "## Step\n\n" + new string('>', 20_000) + " deep\n"), true),
        ["deeply nested brackets"] = (() => Text(FrontMatter + "## Step\n\n" + new string('[', 50_000) + "x" + string.Concat(Enumerable.Repeat("](y)", 50_000)) + "\n"), true),
        ["deeply nested emphasis"] = (() => Text(FrontMatter + "## Step\n\n" + new string('*', 50_000) + "x" + new string('*', 50_000) + "\n"), true),
        ["deeply nested YAML brackets"] = (() => Text("---\nid: " + new string('[', 500_000) + new string(']', 500_000) + "\n---\n\n## Step\n\nText.\n"), true),
        ["deeply nested YAML sequences"] = (() => Text("---\nid:\n  " + string.Concat(Enumerable.Repeat("- ", 100)) + "x\n---\n\n## Step\n\nText.\n"), true),
        ["deeply nested exercise YAML"] = (() => Text(FrontMatter + "## Step\n\n:::exercise\nfields: " + new string('{', 100_000) + "\n:::\n"), true),
        ["deeply nested exercise intro"] = (() => Text(FrontMatter + "## Step\n\n:::exercise\nid: e\ncode: E1\ntitle: E\nintro: \"" + new string('>', 5_000) + " deep\"\nfields:\n  - id: a\n    type: text\n    label: A\n:::\n"), true),
        ["a file over 2 MB"] = (() => Text(FrontMatter + "## Step\n\n" + new string('x', 2_100_000) + "\n"), true),
        ["unclosed exercise at the end"] = (() => Text(FrontMatter + "## Step\n\nText.\n\n:::exercise\nid: e\n"), true),
        ["heading only"] = (() => Text(FrontMatter + "##"), true),
    };

    private readonly ContentLoader _loader = new();

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Load_OddFile_DoesNotThrow(string name)
    {
        var (content, error) = Cases[name];
        using var folder = new TempContent().WithBytes("odd.md", content());

        var result = _loader.Load(folder.Folder);

        Assert.Equal(error, result.HasErrors);
        Assert.All(result.Problems, p => Assert.InRange(p.Message.Length, 1, 300));
    }

    [Fact]
    public void Load_RandomMixturesOfSyntax_NeverThrow()
    {
        string[] pieces =
        [
            "---", "\n", "\n\n", "id: x", "title: T", "order: 1", "intensity: low", "summary: S", ":", "- ", "  ", "\t",
            ":::", ":::tip", ":::exercise", ":::starting-point", ":::reflection", "fields:", "type: scale", "## ", "# ",
            "### ", "[", "]", "(", ")", "module:", "module:x/2", "https://", "![", "*", "**", "`", "<", ">", "{", "}",
            "\"", "'", "|", "&", "\\", "\r\n", "\u00e9", "\0",
        ];
        var random = new Random(20240601);
        using var folder = new TempContent();

        for (var i = 0; i < 300; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 200)).Select(_ => pieces[random.Next(pieces.Length)]));
            folder.With("random.md", text);

            var exception = Record.Exception(() => _loader.Load(folder.Folder));

            Assert.True(exception is null, $"Input {i} threw {exception}:{Environment.NewLine}{text}");
        }
    }

    [Fact]
    public void Load_HiddenFile_IsIgnoredSilently()
    {
        using var folder = new TempContent().With("a.md", TempContent.Module(body: ExerciseStep)).With(".DS_Store", "\0\0");

        var result = _loader.Load(folder.Folder);

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Load_CrlfLineEndings_ReportsTheSameLines()
    {
        var text = TempContent.Module(body: "## Step\n\nSee [x](module:nowhere).\n\n" + ExerciseStep["## Step\n\nText.\n\n".Length..]);
        using var lf = new TempContent().With("a.md", text);
        using var crlf = new TempContent().With("a.md", text.ReplaceLineEndings("\r\n"));

        var expected = _loader.Load(lf.Folder).Problems.Select(p => (p.Line, p.Message));
        var actual = _loader.Load(crlf.Folder).Problems.Select(p => (p.Line, p.Message));

        Assert.Single(expected);
        Assert.Equal(expected, actual);
    }

    private const string ExerciseStep = """
        ## Step

        Text.

        :::exercise
        id: e
        code: E1
        title: E
        fields:
          - id: a
            type: text
            label: A
        :::
        """;

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
