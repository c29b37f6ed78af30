namespace SelfHelp.Web.Tests;

/// <summary>A copy of a content folder that a test may edit.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("selfhelp-web-content-");

    public TempFolder(string copyOf)
    {
        Path = System.IO.Path.Combine(_root.FullName, "en");
        foreach (var file in Directory.EnumerateFiles(copyOf, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(copyOf, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; }

    public string FileAt(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose() => _root.Delete(recursive: true);
}
