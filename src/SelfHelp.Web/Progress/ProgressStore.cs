using Microsoft.Extensions.Options;

namespace SelfHelp.Web.Progress;

/// <summary>The outcome of saving progress.</summary>
public enum SaveResult
{
    Saved,

    /// <summary>The state would not fit in the cookie budget; nothing was written.</summary>
    TooLarge,
}

/// <summary>
/// The person's progress for the current request: read once from their cookie, written back as a whole.
/// A cookie that cannot be read is deleted and reported once through <see cref="CouldNotRead"/>.
/// </summary>
public sealed class ProgressStore
{
    private readonly IHttpContextAccessor _accessor;
    private readonly ProgressProtector _protector;
    private readonly ProgressOptions _options;
    // 7,000 characters at most in chunks of 3,900: two chunks, with room to spare.
    private readonly CookieChunks _cookies = new(maxChunks: 4);
    private ProgressState? _current;

    // Chunks this response has already set, so a second save in one request deletes any it no longer needs.
    private int _chunksWritten;

    public ProgressStore(IHttpContextAccessor accessor, ProgressProtector protector, IOptions<ProgressOptions> options)
    {
        _accessor = accessor;
        _protector = protector;
        _options = options.Value;
    }

    /// <summary>True when this request carried a progress cookie that could not be read (it has been deleted).</summary>
    public bool CouldNotRead { get; private set; }

    public ProgressState Current => _current ??= Read();

    /// <summary>How much room answers may use, leaving space for marking steps read.</summary>
    public int AnswerBudget => _options.MaxCookieBytes - 300;

    public int EncodedLength(ProgressState state) => _protector.ProtectForCookie(state).Length;

    /// <summary>Writes <paramref name="next"/> if it fits within <paramref name="budget"/> (default: the whole budget).</summary>
    public SaveResult Save(ProgressState next, int? budget = null)
    {
        var context = Context;
        if (next.IsEmpty)
        {
            Delete(context);
            _current = next;
            return SaveResult.Saved;
        }

        var value = _protector.ProtectForCookie(next);
        if (value.Length > (budget ?? _options.MaxCookieBytes))
        {
            return SaveResult.TooLarge;
        }

        _chunksWritten = Math.Max(_chunksWritten, _cookies.Write(context, _options.CookieName, value, CookieOptions(context, expires: true), CookieOptions(context, expires: false), _chunksWritten));
        _current = next;
        return SaveResult.Saved;
    }

    /// <summary>Deletes every cookie this site sets. Returns how many cookies the browser sent that are now removed.</summary>
    public int Forget()
    {
        var context = Context;
        var names = context.Request.Cookies.Keys.ToList();
        foreach (var name in names)
        {
            context.Response.Cookies.Delete(name, CookieOptions(context, expires: false));
        }

        _current = ProgressState.Empty;
        return names.Count;
    }

    private HttpContext Context => _accessor.HttpContext ?? throw new InvalidOperationException("No current request.");

    private ProgressState Read()
    {
        var context = Context;
        var name = _options.CookieName;
        if (!context.Request.Cookies.ContainsKey(name))
        {
            return ProgressState.Empty;
        }

        var value = _cookies.Read(context.Request.Cookies, name, out _);
        if (_protector.TryUnprotectCookie(value, out var state))
        {
            return state;
        }

        CouldNotRead = true;
        Delete(context);
        return ProgressState.Empty;
    }

    private void Delete(HttpContext context) =>
        _cookies.Delete(context, _options.CookieName, CookieOptions(context, expires: false), _chunksWritten);

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
