using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Progress;

/// <summary>
/// The person's progress and notebook for the current request, kept only in their browser: one progress cookie
/// (steps read, ratings, preferences) sent with every request, and one cookie per module for what they wrote, read
/// only when a page needs it (ADR 0002). Every cookie is untrusted: one that fails its integrity check is deleted
/// and reported once; one whose key is missing from the key ring is kept untouched and nothing is written until it
/// can be read again (ADR 0003).
/// </summary>
public sealed class ProgressStore
{
    private const string AnswerAlphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const int AnswerKeyLength = 7;
    private static readonly System.Buffers.SearchValues<char> AnswerCharacters = System.Buffers.SearchValues.Create(AnswerAlphabet);

    private readonly IHttpContextAccessor _accessor;
    private readonly ProgressProtector _protector;
    private readonly ContentStore _content;
    private readonly ProgressOptions _options;
    private readonly CookieChunks _progressChunks = new(maxChunks: 2);
    private readonly CookieChunks _answerChunks = new(maxChunks: 8);

    // Chunks this response has already set per cookie family, so a second write deletes any it no longer needs.
    private readonly Dictionary<string, int> _chunksWritten = new(StringComparer.Ordinal);

    // Characters each answer family holds now: from the request, then as this response rewrites them.
    private Dictionary<string, int>? _answerLengths;
    private readonly Dictionary<string, ModuleAnswers> _answers = new(StringComparer.Ordinal);
    private Notebook _legacyAnswers = Progress.Notebook.Empty;
    private ProgressState? _current;

    public ProgressStore(IHttpContextAccessor accessor, ProgressProtector protector, ContentStore content, IOptions<ProgressOptions> options)
    {
        _accessor = accessor;
        _protector = protector;
        _content = content;
        _options = options.Value;
    }

    /// <summary>True when this request carried progress that could not be read (it has been deleted).</summary>
    public bool CouldNotRead { get; private set; }

    /// <summary>True when some saved answers could not be read (those cookies have been deleted).</summary>
    public bool CouldNotReadAnswers { get; private set; }

    /// <summary>
    /// True when nothing can be saved in this request: the person's saved progress cannot be opened now (its key is
    /// missing) or the key ring cannot protect anything. Their cookies are left exactly as they are.
    /// </summary>
    public bool Locked => _ringUnusable || _keyMissing.Count > 0;

    // Cookie families whose key is missing from the ring: never written or deleted in this request.
    private readonly HashSet<string> _keyMissing = new(StringComparer.Ordinal);
    private bool _ringUnusable;

    public ProgressState Current => _current ??= Read();

    /// <summary>How full the notebook is, from the cookies' sizes (nothing is decrypted).</summary>
    public NotebookSpace Space => new(AnswerLengths.Values.Sum(), _options.MaxNotebookBytes);

    /// <summary>What the person wrote in one module; read from its cookie the first time it is asked for.</summary>
    public ModuleAnswers Answers(string moduleId)
    {
        _ = Current;
        if (_answers.TryGetValue(moduleId, out var cached))
        {
            return cached;
        }

        var answers = ReadAnswers(AnswerCookieName(moduleId), moduleId) ?? _legacyAnswers.For(moduleId);
        _answers[moduleId] = answers;
        return answers;
    }

    /// <summary>Everything the person wrote, including answers to modules that no longer exist.</summary>
    public Notebook Notebook()
    {
        _ = Current;
        var notebook = _legacyAnswers;
        foreach (var name in AnswerLengths.Keys.ToList())
        {
            if (ReadAnswers(name, expectedModule: null) is { IsEmpty: false } answers)
            {
                _answers.TryAdd(answers.ModuleId, answers);
            }
        }

        foreach (var answers in _answers.Values)
        {
            notebook = notebook.With(answers);
        }

        return notebook;
    }

    /// <summary>Writes the progress cookie if <paramref name="next"/> differs from what is stored.</summary>
    public SaveResult Save(ProgressState next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (ReferenceEquals(next, Current))
        {
            return SaveResult.Saved;
        }

        if (_ringUnusable || _keyMissing.Contains(_options.CookieName))
        {
            return SaveResult.Unavailable;
        }

        if (next.IsEmpty)
        {
            DeleteFamily(_progressChunks, _options.CookieName);
            _current = next;
            return SaveResult.Saved;
        }

        if (!TryProtect(() => _protector.ProtectForCookie(next), out var value))
        {
            return SaveResult.Unavailable;
        }

        if (value.Length > _options.MaxCookieBytes)
        {
            return SaveResult.TooLarge;
        }

        WriteFamily(_progressChunks, _options.CookieName, value);
        _current = next;
        return SaveResult.Saved;
    }

    /// <summary>
    /// Saves one module's answers and, with them, the progress (steps read, ratings): both or neither. Refused when
    /// the notebook would grow past its budget.
    /// </summary>
    public SaveResult Save(ModuleAnswers answers, ProgressState next)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(next);
        if (Answers(answers.ModuleId).SameAs(answers))
        {
            return Save(next);
        }

        var name = AnswerCookieName(answers.ModuleId);
        if (_ringUnusable || _keyMissing.Contains(name) || _keyMissing.Contains(_options.CookieName))
        {
            return SaveResult.Unavailable;
        }

        string? value = null;
        if (!answers.IsEmpty && !TryProtect(() => _protector.ProtectAnswers(answers), out value))
        {
            return SaveResult.Unavailable;
        }

        var others = AnswerLengths.Where(a => a.Key != name).Sum(a => a.Value);
        // A smaller notebook is always accepted, even over a budget that has since been lowered.
        if (value is not null && others + value.Length > _options.MaxNotebookBytes && value.Length > AnswerLengths.GetValueOrDefault(name))
        {
            return SaveResult.TooLarge;
        }

        var progress = Save(next);
        if (progress != SaveResult.Saved)
        {
            return progress;
        }

        WriteAnswers(name, answers, value);
        return SaveResult.Saved;
    }

    /// <summary>Replaces everything with a restored progress file.</summary>
    public SaveResult Restore(ProgressState state, Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(notebook);
        _ = Notebook();
        if (Locked)
        {
            return SaveResult.Unavailable;
        }

        var values = new Dictionary<string, (ModuleAnswers Answers, string Value)>(StringComparer.Ordinal);
        foreach (var answers in notebook.Modules.Values.Where(a => !a.IsEmpty))
        {
            if (!TryProtect(() => _protector.ProtectAnswers(answers), out var value))
            {
                return SaveResult.Unavailable;
            }

            values[AnswerCookieName(answers.ModuleId)] = (answers, value);
        }

        if (values.Values.Sum(v => v.Value.Length) > _options.MaxNotebookBytes)
        {
            return SaveResult.TooLarge;
        }

        var progress = Save(state);
        if (progress != SaveResult.Saved)
        {
            return progress;
        }

        foreach (var name in AnswerLengths.Keys.Where(n => !values.ContainsKey(n)).ToList())
        {
            DeleteAnswers(name);
        }

        _legacyAnswers = Progress.Notebook.Empty;
        foreach (var (name, (answers, value)) in values)
        {
            WriteAnswers(name, answers, value);
        }

        return SaveResult.Saved;
    }

    /// <summary>Deletes every cookie this site sets. Returns true when the browser had sent any.</summary>
    public bool Forget()
    {
        var context = Context;
        var names = context.Request.Cookies.Keys.ToList();
        foreach (var name in names)
        {
            context.Response.Cookies.Delete(name, CookieOptions(context, expires: false));
        }

        _current = ProgressState.Empty;
        _answers.Clear();
        _answerLengths = [];
        _legacyAnswers = Progress.Notebook.Empty;
        _keyMissing.Clear();
        return names.Count > 0;
    }

    /// <summary>The cookie that holds one module's answers: a neutral name that does not reveal the module.</summary>
    public string AnswerCookieName(string moduleId) => AnswerCookieName(_options.CookieName, moduleId);

    /// <summary>The name of a module's answer cookie: the progress cookie's name and a hash of the module id.</summary>
    public static string AnswerCookieName(string cookieName, string moduleId)
    {
        ArgumentNullException.ThrowIfNull(moduleId);
        var hash = 14695981039346656037UL;
        foreach (var c in moduleId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        Span<char> key = stackalloc char[AnswerKeyLength];
        for (var i = 0; i < AnswerKeyLength; i++)
        {
            key[i] = AnswerAlphabet[(int)(hash & 31)];
            hash >>= 5;
        }

        return $"{cookieName}-{key}";
    }

    private HttpContext Context => _accessor.HttpContext ?? throw new InvalidOperationException("No current request.");

    private ProgressState Read()
    {
        var context = Context;
        var value = _progressChunks.Read(context.Request.Cookies, _options.CookieName, out var malformed);
        if (value is null && !malformed)
        {
            return ProgressState.Empty;
        }

        switch (_protector.TryUnprotectCookie(value, out var stored))
        {
            case Unprotected.Read:
                var state = stored.IsLegacy ? stored.Resolve(_content.Catalogue) : stored.State;
                if (stored.IsLegacy)
                {
                    Migrate(state, stored.Answers);
                }

                return state;
            case Unprotected.KeyMissing:
                _keyMissing.Add(_options.CookieName);
                return ProgressState.Empty;
            default:
                CouldNotRead = true;
                DeleteFamily(_progressChunks, _options.CookieName);
                return ProgressState.Empty;
        }
    }

    /// <summary>A progress cookie from before version 3 holds answers: they move to the notebook's cookies now.</summary>
    private void Migrate(ProgressState state, Notebook answers)
    {
        _legacyAnswers = answers;
        if (!TryProtect(() => _protector.ProtectForCookie(state), out var value) || value.Length > _options.MaxCookieBytes)
        {
            return;
        }

        foreach (var module in answers.Modules.Values.Where(m => !m.IsEmpty))
        {
            var name = AnswerCookieName(module.ModuleId);
            if (Context.Request.Cookies.ContainsKey(name) || !TryProtect(() => _protector.ProtectAnswers(module), out var protectedAnswers))
            {
                continue;
            }

            WriteAnswers(name, module, protectedAnswers);
        }

        WriteFamily(_progressChunks, _options.CookieName, value);
    }

    private ModuleAnswers? ReadAnswers(string name, string? expectedModule)
    {
        var value = _answerChunks.Read(Context.Request.Cookies, name, out var malformed);
        if (value is null && !malformed)
        {
            return null;
        }

        switch (_protector.TryUnprotectAnswers(value, out var answers))
        {
            case Unprotected.Read when expectedModule is null || answers.ModuleId == expectedModule:
                return answers;
            case Unprotected.Read:
                // Another module's answers under this name (two ids with the same key): keep them, show nothing.
                return ModuleAnswers.Empty(expectedModule);
            case Unprotected.KeyMissing:
                _keyMissing.Add(name);
                return ModuleAnswers.Empty(expectedModule ?? "");
            default:
                CouldNotReadAnswers = true;
                DeleteAnswers(name);
                return null;
        }
    }

    private Dictionary<string, int> AnswerLengths => _answerLengths ??= ReadAnswerLengths();

    private Dictionary<string, int> ReadAnswerLengths()
    {
        var lengths = new Dictionary<string, int>(StringComparer.Ordinal);
        var cookies = Context.Request.Cookies;
        foreach (var name in cookies.Keys.Where(IsAnswerCookieName))
        {
            lengths[name] = _answerChunks.Read(cookies, name, out _)?.Length ?? 0;
        }

        return lengths;
    }

    private bool IsAnswerCookieName(string name)
    {
        var prefix = _options.CookieName.Length + 1;
        return name.Length == prefix + AnswerKeyLength
            && name.StartsWith(_options.CookieName, StringComparison.Ordinal)
            && name[prefix - 1] == '-'
            && name.AsSpan(prefix).IndexOfAnyExcept(AnswerCharacters) < 0;
    }

    private void WriteAnswers(string name, ModuleAnswers answers, string? value)
    {
        if (value is null)
        {
            DeleteAnswers(name);
        }
        else
        {
            WriteFamily(_answerChunks, name, value);
            AnswerLengths[name] = value.Length;
        }

        _answers[answers.ModuleId] = answers;
    }

    private void DeleteAnswers(string name)
    {
        DeleteFamily(_answerChunks, name);
        AnswerLengths.Remove(name);
    }

    private void WriteFamily(CookieChunks chunks, string name, string value)
    {
        var context = Context;
        var before = _chunksWritten.GetValueOrDefault(name);
        var written = chunks.Write(context, name, value, CookieOptions(context, expires: true), CookieOptions(context, expires: false), before);
        _chunksWritten[name] = Math.Max(before, written);
    }

    private void DeleteFamily(CookieChunks chunks, string name)
    {
        var context = Context;
        chunks.Delete(context, name, CookieOptions(context, expires: false), _chunksWritten.GetValueOrDefault(name));
    }

    /// <summary>Protects a value; false (and locked for the rest of the request) when the key ring cannot be used.</summary>
    private bool TryProtect(Func<string> protect, out string value)
    {
        try
        {
            value = protect();
            return true;
        }
        catch (CryptographicException)
        {
            _ringUnusable = true;
            value = "";
            return false;
        }
    }

    private CookieOptions CookieOptions(HttpContext context, bool expires) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
        Expires = expires ? DateTimeOffset.UtcNow.AddDays(_options.CookieDays) : null,
    };
}
