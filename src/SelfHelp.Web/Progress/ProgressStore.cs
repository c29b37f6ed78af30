using Microsoft.AspNetCore.Authentication.Cookies;
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
    private const int MaxChunks = 4;

    private readonly ChunkingCookieManager _cookies = new() { ChunkSize = 3900 };
    private ProgressState? _current;

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

        _cookies.AppendResponseCookie(context, _options.CookieName, value, CookieOptions(context, expires: true));
        if (value.Length < _cookies.ChunkSize)
        {
            DeleteChunks(context);
        }

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

        // The chunk count is untrusted: "chunks-2147483647" would make the framework allocate an array that size.
        var first = context.Request.Cookies[name];
        var value = first is not null && first.StartsWith("chunks-", StringComparison.Ordinal) && !IsSmallChunkCount(first)
            ? null
            : _cookies.GetRequestCookie(context, name);
        if (_protector.TryUnprotectCookie(value, out var state))
        {
            return state;
        }

        CouldNotRead = true;
        Delete(context);
        return ProgressState.Empty;
    }

    private static bool IsSmallChunkCount(string value) =>
        int.TryParse(value.AsSpan("chunks-".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
        && count is > 0 and <= MaxChunks;

    private void Delete(HttpContext context)
    {
        // The framework deletes as many chunks as the request claims; delete a bounded number ourselves instead.
        var name = _options.CookieName;
        context.Response.Cookies.Delete(name, CookieOptions(context, expires: false));
        DeleteChunks(context);
    }

    private void DeleteChunks(HttpContext context)
    {
        var name = _options.CookieName;
        var options = CookieOptions(context, expires: false);
        for (var chunk = 1; chunk <= MaxChunks; chunk++)
        {
            if (context.Request.Cookies.ContainsKey($"{name}C{chunk}"))
            {
                context.Response.Cookies.Delete($"{name}C{chunk}", options);
            }
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
