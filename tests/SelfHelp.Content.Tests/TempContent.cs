namespace SelfHelp.Content.Tests;

/// <summary>A throw-away language folder with module files written by the test.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "selfhelp-tests", Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "en");
        Directory.CreateDirectory(Path.Combine(Folder, "modules"));
    }

    public string Root { get; }

    public string Folder { get; }

    public TempContent With(string fileName, string text)
    {
        File.WriteAllText(Path.Combine(Folder, "modules", fileName), text);
        return this;
    }

    /// <summary>Writes a file into the language folder itself, such as <c>start.yml</c>.</summary>
    public TempContent WithFile(string fileName, string text)
    {
        File.WriteAllText(Path.Combine(Folder, fileName), text);
        return this;
    }

    public TempContent WithBytes(string fileName, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Folder, "modules", fileName), bytes);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>A module with one exercise whose code is <paramref name="code"/>.</summary>
    public static string ModuleWithExercise(string id, int order, string code) => Module(id, order, $"""
        ## First step

        Some text.

        :::exercise
        id: notes-{order}
        code: {code}
        title: Notes
        fields:
          - id: text
            type: text
            label: Your notes
        :::
        """);

    public static string Module(string id = "sample", int order = 1, string body = "## First step\n\nSome text.\n", string extraFrontMatter = "") => $"""
        ---
        id: {id}
        title: Title of {id}
        summary: Summary of {id}.
        order: {order}
        intensity: low
        objectives:
          - An objective
        {extraFrontMatter}
        ---

        {body}
        """;
}
