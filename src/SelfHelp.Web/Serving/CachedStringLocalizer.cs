using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SelfHelp.Web.Serving;

/// <summary>
/// The UI text, looked up in the resource file once per key and then read from memory. The framework's localizer
/// asks the <see cref="System.Resources.ResourceManager"/> on every use, which takes a lock each time; a page uses
/// dozens of strings, so under load requests queued on that lock.
/// </summary>
/// <remarks>
/// Only keys found in the resource file are kept, so the cache holds at most the file's own strings whatever keys
/// code asks for. Text with arguments is formatted on each use, from the cached format, exactly as the framework's
/// localizer does (with the current culture).
/// </remarks>
internal sealed class CachedStringLocalizer<T> : IStringLocalizer<T>
{
    private readonly IStringLocalizer _inner;
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _found = new();

    public CachedStringLocalizer(IStringLocalizerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _inner = factory.Create(typeof(T));
    }

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_found.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var value = _inner[name];
            if (!value.ResourceNotFound)
            {
                _found.TryAdd(key, value);
            }

            return value;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return format.ResourceNotFound
                ? _inner[name, arguments]
                : new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), resourceNotFound: false, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _inner.GetAllStrings(includeParentCultures);
}
