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

    public TempContent WithBytes(string fileName, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Folder, "modules", fileName), bytes);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

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
