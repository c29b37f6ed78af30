using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Loading;

/// <summary>Reads one small editor-written file (YAML lists, phrases), reporting why it could not be read.</summary>
internal static class ContentFile
{
    // A real file is a few kilobytes; this only stops a wrong file from being read into memory.
    public const long MaxBytes = 1_000_000;

    /// <summary>The file's text, or null (with an error) when it is too large or unreadable. The file must exist.</summary>
    public static string? Read(string file, string what, ProblemList problems) =>
        Read(file, problems, MaxBytes, $"{what} is a few kilobytes. Check that this is the right file.");

    /// <summary>
    /// The file's text, or null (with an error) when it is larger than <paramref name="maxBytes"/> or unreadable:
    /// the one guarded reader every loader uses. The file must exist.
    /// </summary>
    public static string? Read(string file, ProblemList problems, long maxBytes, string sizeHint)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > maxBytes)
            {
                problems.Error(0, $"The file is {length / 1_000_000.0:0.#} MB; it can be at most {maxBytes / 1_000_000} MB.", sizeHint);
                return null;
            }

            return File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Error(0, $"The file could not be read: {ex.Message}", "Check that the file exists and can be read.");
            return null;
        }
    }

    /// <summary>The problem list for <paramref name="fileName"/> in a language folder, named relative to the content folder.</summary>
    public static (string File, ProblemList Problems) Locate(string languageFolder, string fileName)
    {
        var root = Path.GetFullPath(languageFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(root) ?? root;
        var file = Path.Combine(root, fileName);
        return (file, new ProblemList(Path.GetRelativePath(parent, file)));
    }

    /// <summary>
    /// The last line of defence for "loading never throws": the parsers guard against every input found so far, but a
    /// new kind of odd file must become an error on that file, not a site that will not start.
    /// </summary>
    public static void Guard(ProblemList problems, Action work) => Guard<object>(problems, () =>
    {
        work();
        return null;
    });

    /// <summary>As <see cref="Guard(ProblemList, Action)"/>, for work with a result: null when it failed.</summary>
    public static T? Guard<T>(ProblemList problems, Func<T?> work)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Error(0, $"The file could not be processed ({ex.GetType().Name}: {ex.Message}).", "This is a fault in the site as well as in the file: tell the developers, and undo or simplify your last change to the file.");
            return null;
        }
    }
}
