using System.Collections.Immutable;
using System.Globalization;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Helplines;

/// <summary>
/// Reads a helpline's <c>sources</c> and warns where its details cannot be trusted yet: a detail with no source, nothing
/// checked on the service's own page, a check older than <see cref="VerifiedWithinDays"/> days, or a "verified" date on
/// someone else's page.
/// </summary>
internal static class HelplineSourceReader
{
    /// <summary>A check older than this is reported, so that someone checks the details again.</summary>
    public const int VerifiedWithinDays = 180;

    /// <summary>The details a source can vouch for: the keys of a helpline that state facts.</summary>
    public static readonly string[] Facts = ["name", "description", "phone", "text", "chat", "email", "web", "hours", "languages", "confidentiality"];

    // A detail of these, with no source, is reported.
    private static readonly string[] MustHaveSource = ["phone", "text", "chat", "email", "hours", "confidentiality"];

    private static readonly string[] SourceKeys = ["url", "facts", "verified", "own", "note"];

    private const string Hint = """
        List where you read the details, one source per page, such as:
            sources:
              - url: https://www.samaritans.org/how-we-can-help/contact-samaritan/
                facts: [phone, email, confidentiality]
                verified: 2026-12-01
              - url: https://www.example-news.org/article
                facts: [hours]
        Give 'verified' only for what you checked on the service's own page; leave it out for anything copied from elsewhere.
        """;

    public static ImmutableArray<HelplineSource> Read(YamlMap helpline, string? id, IEnumerable<string> ownHosts, bool helplineHasErrors, DateOnly today, ProblemList problems)
    {
        if (!helpline.Has("sources"))
        {
            problems.Error(helpline.Line, "The helpline has no 'sources'.", Hint);
            return [];
        }

        var hosts = ownHosts.Select(Host).OfType<string>().ToList();
        var sources = ImmutableArray.CreateBuilder<HelplineSource>();
        var errorsBefore = problems.ErrorCount;
        foreach (var map in helpline.MapList("sources", "source", Hint))
        {
            map.RejectUnknownKeys(SourceKeys);
            var url = map.String("url", required: true, Hint);
            if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || url.Any(char.IsWhiteSpace)))
            {
                problems.Error(map.LineOf("url"), $"The source '{url}' is not a web address.", "Write the whole address of the page you read, starting with 'https://' (or 'http://').");
                url = null;
            }

            var facts = ReadFacts(map, helpline, problems);
            var verified = ReadVerified(map, today, problems);
            var own = ReadOwn(map, problems) ?? (url is not null && IsOwn(url, hosts));
            if (verified is not null && !own && url is not null)
            {
                problems.Warning(map.LineOf("verified"), $"'verified' is given for '{url}', which is not the service's own page.", "Mark as verified only what you checked on the service's own website. Remove 'verified', or add 'own: true' if this page is the service's own (for example, an emergency service's official page).");
            }

            if (url is not null)
            {
                sources.Add(new HelplineSource(url, facts, verified, own, map.String("note", required: false, "A note is one line of text.")));
            }
        }

        var result = sources.ToImmutable();

        // After an error in the helpline, these would only repeat it in other words.
        if (result.IsEmpty || problems.ErrorCount > errorsBefore || helplineHasErrors)
        {
            return result;
        }

        foreach (var fact in MustHaveSource.Where(f => helpline.Has(f) && !result.Any(s => s.Facts.Contains(f))))
        {
            problems.Warning(helpline.LineOf(fact), $"'{fact}' has no source.", $"Add '{fact}' to the 'facts' of the source you read it on, so that the next person can check it.");
        }

        if (!result.Any(s => s.Verified is not null && s.IsOwnPage))
        {
            problems.Warning(helpline.LineOf("sources"), $"Nothing about '{id}' has been verified on the service's own page.", "Check the details on the service's own website, then add 'verified: <the date>' to that source. Until then, the site shows the details but they may be out of date.");
        }

        return result;
    }

    private static ImmutableArray<string> ReadFacts(YamlMap map, YamlMap helpline, ProblemList problems)
    {
        var hint = $"List the details read on this page, such as 'facts: [phone, hours]'. Details: {string.Join(", ", Facts)}.";
        if (!map.Has("facts"))
        {
            problems.Error(map.Line, "The source has no 'facts'.", hint);
            return [];
        }

        var facts = ImmutableArray.CreateBuilder<string>();
        foreach (var (fact, line) in map.StringItems("facts", hint))
        {
            if (!Facts.Contains(fact))
            {
                var suggestion = Suggest.Closest(fact, Facts);
                problems.Error(line, $"Unknown detail '{fact}' in the source's facts.", (suggestion is null ? "" : $"Did you mean '{suggestion}'? ") + hint);
            }
            else if (!helpline.Has(fact))
            {
                problems.Warning(line, $"The source vouches for '{fact}', but the helpline has no '{fact}'.", $"Add '{fact}' to the helpline, or remove it from this source's facts.");
            }
            else
            {
                facts.Add(fact);
            }
        }

        return facts.ToImmutable();
    }

    private static DateOnly? ReadVerified(YamlMap map, DateOnly today, ProblemList problems)
    {
        const string hint = "Write the day you checked the details on the service's own page as YYYY-MM-DD, such as 'verified: 2026-12-01'.";
        var text = map.String("verified", required: false, hint);
        if (text is null)
        {
            return null;
        }

        var line = map.LineOf("verified");
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Error(line, $"'verified' must be a date written as YYYY-MM-DD, not '{text}'.", hint);
            return null;
        }

        if (date > today)
        {
            problems.Error(line, $"The verified date {text} is in the future.", $"Write the day you checked the details; it cannot be later than today ({today:yyyy-MM-dd}).");
            return null;
        }

        if (date < today.AddDays(-VerifiedWithinDays))
        {
            problems.Warning(line, $"The details were verified on {text}, more than {VerifiedWithinDays} days ago.", "Numbers, hours and websites change: check them again on the service's own page and update 'verified'.");
        }

        return date;
    }

    private static bool? ReadOwn(YamlMap map, ProblemList problems)
    {
        const string hint = "Write 'own: true' when the page is the service's own, or 'own: false' when it is not.";
        return map.String("own", required: false, hint) switch
        {
            null => null,
            "true" => true,
            "false" => false,
            var other => Invalid(other),
        };

        bool? Invalid(string value)
        {
            problems.Error(map.LineOf("own"), $"'own' must be true or false, not '{value}'.", hint);
            return null;
        }
    }

    /// <summary>True when the page is on the service's own website (the same host, or one under it).</summary>
    private static bool IsOwn(string url, List<string> hosts) =>
        Host(url) is { } host && hosts.Any(own => host == own || host.EndsWith("." + own, StringComparison.Ordinal) || own.EndsWith("." + host, StringComparison.Ordinal));

    /// <summary>The host of an address or of an email address's domain, without "www.".</summary>
    private static string? Host(string address)
    {
        var at = address.LastIndexOf('@');
        var host = at >= 0 && !address.Contains("://", StringComparison.Ordinal)
            ? address[(at + 1)..]
            : Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.Host : null;
        host = host?.ToLowerInvariant().TrimEnd('.');
        return host is null or "" ? null : host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
