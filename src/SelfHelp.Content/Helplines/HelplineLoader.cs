using System.Collections.Immutable;
using System.Globalization;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Helplines;

/// <summary>
/// Reads <c>helplines.yml</c> from a language folder into a <see cref="HelplineDirectory"/>, checking every rule on the way.
/// Never throws for anything in the file.
/// </summary>
internal static class HelplineLoader
{
    /// <summary>The file, inside a language folder, that lists the regions and their helplines.</summary>
    public const string FileName = "helplines.yml";

    private static readonly string[] FileKeys = ["languages", "regions", "helplines"];
    private static readonly string[] RegionKeys = ["code", "name", "time-zone", "languages"];
    private static readonly string[] HelplineKeys = ["id", "name", "purpose", "description", "phone", "text", "chat", "chat-platform", "email", "web", "hours", "time-zone", "languages", "confidentiality", "regions", "sources"];

    private static readonly (string Name, HelplinePurpose Purpose)[] Purposes =
    [
        ("own-behaviour", HelplinePurpose.OwnBehaviour),
        ("crisis", HelplinePurpose.Crisis),
        ("emergency", HelplinePurpose.Emergency),
        ("reporting", HelplinePurpose.Reporting),
    ];

    private const string Example = """
        regions:
          - code: gb
            name: United Kingdom
            time-zone: Europe/London
        helplines:
          - id: samaritans
            name: Samaritans
            purpose: crisis
            description: Someone to talk to, day or night, if you are struggling.
            phone: 116 123
            hours: always
            confidentiality: They may call an ambulance if you cannot decide for yourself.
            regions: [gb]
            sources:
              - url: https://www.samaritans.org/how-we-can-help/contact-samaritan/
                facts: [phone, hours, confidentiality]
                verified: 2026-12-01
        """;

    private const string RegionHint = "Each region needs a two-letter 'code', a 'name' and a 'time-zone', for example: '- code: gb', 'name: United Kingdom' and 'time-zone: Europe/London'.";

    /// <summary>
    /// Loads and checks <c>helplines.yml</c> in <paramref name="languageFolder"/> (for example <c>content/en</c>).
    /// Problems are reported against the path relative to the content folder (<c>en/helplines.yml</c>), with real line
    /// numbers. The directory holds only the regions and helplines without errors.
    /// </summary>
    /// <param name="languageFolder">The language folder.</param>
    /// <param name="today">The date to judge 'verified' dates against (a check older than 180 days is reported).</param>
    public static (HelplineDirectory Directory, IReadOnlyList<ContentProblem> Problems) Load(string languageFolder, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(languageFolder);
        var (file, problems) = ContentFile.Locate(languageFolder, FileName);
        var directory = HelplineDirectory.Empty;
        ContentFile.Guard(problems, () =>
        {
            if (Read(file, Path.Combine(languageFolder, FileName), problems) is { } text)
            {
                directory = Parse(text, today, problems) ?? HelplineDirectory.Empty;
            }
        });

        return (directory, [.. problems.Items.OrderBy(p => p.Line)]);
    }

    private static string? Read(string file, string shownPath, ProblemList problems)
    {
        if (!File.Exists(file))
        {
            problems.Error(0, $"There is no '{FileName}'.", $"The site shows helplines on every page and cannot run without them. Create {shownPath}, for example:{Environment.NewLine}{Example}");
            return null;
        }

        return ContentFile.Read(file, "A list of helplines", problems);
    }

    private static HelplineDirectory? Parse(string text, DateOnly today, ProblemList problems)
    {
        var map = YamlMap.Parse(text, 1, problems, "helplines file", Example);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(FileKeys);
        var languages = ReadLanguageNames(map, problems);
        var (regions, declared) = ReadRegions(map, languages, problems);
        var (helplines, served) = ReadHelplines(map, declared, regions.ToDictionary(r => r.Region.Code, r => r.Region, StringComparer.Ordinal), languages, today, problems);
        CheckCoverage(regions, served, problems);
        return new HelplineDirectory([.. regions.Select(r => r.Region)], helplines, languages);
    }

    /// <summary>Reads the regions; <c>declared</c> holds every well-formed code, even of a region with other errors.</summary>
    private static Dictionary<string, string> ReadLanguageNames(YamlMap file, ProblemList problems)
    {
        const string hint = "Under 'languages:', give each language code and its name as people reading this site call it, such as 'nl: Dutch'.";
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (file.Map("languages", "languages", hint) is not { } map)
        {
            return names;
        }

        foreach (var code in map.Keys)
        {
            var name = map.String(code, required: true, hint);
            if (!IsLanguageCode(code))
            {
                problems.Error(map.LineOf(code), $"The language code '{code}' is not two or three lower-case letters.", "Use ISO 639 codes, such as 'en', 'nl' or 'fr'.");
            }
            else if (name is not null)
            {
                names[code] = name;
            }
        }

        return names;
    }

    private static (List<(Region Region, int Line)> Regions, Dictionary<string, int> Declared) ReadRegions(YamlMap file, Dictionary<string, string> languages, ProblemList problems)
    {
        var regions = new List<(Region, int)>();
        var declared = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!file.Has("regions"))
        {
            problems.Error(file.Line, "The helplines file has no 'regions'.", $"List the regions first, then their helplines:{Environment.NewLine}{Example}");
            return (regions, declared);
        }

        var errorsBefore = problems.ErrorCount;
        var maps = file.MapList("regions", "region", RegionHint);
        foreach (var map in maps)
        {
            map.RejectUnknownKeys(RegionKeys);
            var code = map.String("code", required: true, RegionHint);
            var name = map.String("name", required: true, "Give the region the name people know it by, such as 'United Kingdom'.");
            var zone = ReadTimeZone(map, required: true, problems);
            var regionLanguages = ReadLanguages(map, languages, problems);
            if (regionLanguages.Length == 1)
            {
                problems.Warning(map.LineOf("languages"), "The region lists one language.", "List languages only when people there choose between two or more, such as Dutch and French in Belgium; remove 'languages' otherwise.");
            }

            if (code is null)
            {
                continue;
            }

            var line = map.LineOf("code");
            if (!IsRegionCode(code))
            {
                problems.Error(line, $"The region code '{code}' is not two lower-case letters.", RegionCodeHint(code));
            }
            else if (declared.TryGetValue(code, out var first))
            {
                problems.Error(line, $"The region '{code}' is already listed on line {first}.", "List each region once; a helpline serving several regions lists them all under its own 'regions'.");
            }
            else
            {
                declared[code] = line;
                if (name is not null && zone is not null)
                {
                    regions.Add((new Region(code, name) { TimeZone = zone, Languages = regionLanguages }, line));
                }
            }
        }

        if (maps.Count == 0 && problems.ErrorCount == errorsBefore)
        {
            problems.Error(file.LineOf("regions"), "The helplines file lists no regions.", RegionHint);
        }

        return (regions, declared);
    }

    private static (ImmutableArray<Helpline> Helplines, List<Served> Served) ReadHelplines(
        YamlMap file, Dictionary<string, int> declared, Dictionary<string, Region> regionsByCode, Dictionary<string, string> languages, DateOnly today, ProblemList problems)
    {
        const string hint = "Each helpline needs an id, name, purpose, description, regions and sources, and a phone, web or chat.";
        var helplines = ImmutableArray.CreateBuilder<Helpline>();
        var served = new List<Served>();
        if (!file.Has("helplines"))
        {
            problems.Error(file.Line, "The helplines file has no 'helplines'.", $"List the helplines after the regions:{Environment.NewLine}{Example}");
            return (helplines.ToImmutable(), served);
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var map in file.MapList("helplines", "helpline", hint))
        {
            var errorsBefore = problems.ErrorCount;
            map.RejectUnknownKeys(HelplineKeys);
            var id = map.String("id", required: true, "Give the helpline a short id, such as 'samaritans'.");
            if (id is not null && !Slug.IsValidId(id))
            {
                problems.Error(map.LineOf("id"), $"The helpline id '{id}' is not valid.", "Use lower-case letters, digits and single dashes, such as 'stop-it-now-uk'.");
            }
            else if (id is not null && !ids.TryAdd(id, map.LineOf("id")))
            {
                problems.Error(map.LineOf("id"), $"The helpline id '{id}' is already used on line {ids[id]}.", "Give each helpline its own id.");
            }

            var name = map.String("name", required: true, "Write the service's name, such as 'Samaritans'.");
            var purpose = ReadPurpose(map, problems);
            var description = map.String("description", required: true, "Say in one or two plain sentences who the service is for and what to expect.");
            var phone = ReadPhone(map, problems);
            var text = map.String("text", required: false, "Say how to text the service, such as 'Text 988'.");
            var chat = ReadHttps(map, "chat", problems);
            var chatPlatform = map.String("chat-platform", required: false, "Name the outside service the chat runs on, such as 'Facebook Messenger'.");
            if (chatPlatform is not null && chat is null && !map.Has("chat"))
            {
                problems.Error(map.LineOf("chat-platform"), "'chat-platform' is given but there is no 'chat'.", "Give the chat's address in 'chat', or remove 'chat-platform'.");
            }

            var (email, emailHref) = ReadEmail(map, problems);
            var web = ReadHttps(map, "web", problems);
            if (!map.Has("phone") && !map.Has("web") && !map.Has("chat") && !map.Has("email"))
            {
                problems.Error(map.Line, "The helpline has no 'phone', 'web', 'chat' or 'email'.", "Give at least one way to reach the service: a phone number, a website, a chat or an email address.");
            }

            var regions = ReadServedRegions(map, declared, problems);
            var zone = ReadTimeZone(map, required: false, problems)
                ?? regions.Select(r => regionsByCode.GetValueOrDefault(r)?.TimeZone).FirstOrDefault(z => z is not null)
                ?? TimeZoneInfo.Utc;
            var hours = OpeningHoursReader.Read(map, zone, problems);
            if (!map.Has("hours"))
            {
                problems.Warning(map.Line, $"The helpline '{id}' has no opening hours.", "Without hours the site cannot say whether it is open now, and people may call when nobody answers. Add them from the service's own page, such as 'hours: always' or '- mon-fri 09:00-17:00'.");
            }

            var spoken = ReadLanguages(map, languages, problems);
            var confidentiality = map.String("confidentiality", required: false, "Say in one plain line what the service may pass on, such as 'They pass on details of a child at risk.'");
            var sources = HelplineSourceReader.Read(map, id, new[] { web, chat, email }.OfType<string>(), problems.ErrorCount > errorsBefore, today, problems);
            if (purpose is { } p && !regions.IsEmpty)
            {
                served.Add(new Served(p, regions, spoken));
            }

            if (problems.ErrorCount == errorsBefore && id is not null && name is not null && purpose is not null && description is not null
                && !regions.IsEmpty && !sources.IsEmpty && hours is not null)
            {
                helplines.Add(new Helpline
                {
                    Id = id,
                    Name = name,
                    Purpose = purpose.Value,
                    Description = description,
                    Phone = phone,
                    PhoneHref = phone is null ? null : PhoneNumber.Href(phone, regions),
                    Text = text,
                    Chat = chat,
                    ChatPlatform = chatPlatform,
                    Email = email,
                    EmailHref = emailHref,
                    Web = web,
                    Hours = hours,
                    Languages = spoken,
                    Confidentiality = confidentiality,
                    Regions = regions,
                    Sources = sources,
                });
            }
        }

        return (helplines.ToImmutable(), served);
    }

    private static (string? Email, string? Href) ReadEmail(YamlMap map, ProblemList problems)
    {
        const string hint = "Write the email address, such as 'jo@samaritans.org', or the https address of the service's secure email page.";
        var value = map.String("email", required: false, hint);
        if (value is null)
        {
            return (null, null);
        }

        if (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return ReadHttps(map, "email", problems) is { } page ? (page, page) : (null, null);
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || !value[(at + 1)..].Contains('.', StringComparison.Ordinal) || value.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '?' or '&'))
        {
            problems.Error(map.LineOf("email"), $"'{value}' is not an email address or an https address.", hint);
            return (null, null);
        }

        return (value, "mailto:" + value);
    }

    private static TimeZoneInfo? ReadTimeZone(YamlMap map, bool required, ProblemList problems)
    {
        const string hint = "Write the IANA time zone its hours are in, such as 'Europe/London', 'Europe/Brussels' or 'America/New_York'.";
        var id = map.String("time-zone", required, hint);
        if (id is null)
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            problems.Error(map.LineOf("time-zone"), $"Unknown time zone '{id}'.", hint);
            return null;
        }
    }

    private static ImmutableArray<string> ReadLanguages(YamlMap map, Dictionary<string, string> names, ProblemList problems)
    {
        const string hint = "List language codes declared under 'languages:' at the top of the file, such as 'languages: [nl]'.";
        var codes = ImmutableArray.CreateBuilder<string>();
        foreach (var (code, line) in map.StringItems("languages", hint))
        {
            if (!names.ContainsKey(code))
            {
                var known = names.Count == 0 ? "No languages are declared yet." : $"Declared: {string.Join(", ", names.Keys)}.";
                problems.Error(line, $"Unknown language '{code}'.", $"{known} Add it under 'languages:' at the top of the file with its name, such as '{code}: Dutch'.");
            }
            else if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes.ToImmutable();
    }

    private static bool IsLanguageCode(string code) => code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower);

    private static HelplinePurpose? ReadPurpose(YamlMap map, ProblemList problems)
    {
        var names = Purposes.Select(p => p.Name).ToList();
        var text = map.String("purpose", required: true, $"Say what the helpline is for: {string.Join(", ", names)}.");
        if (text is null)
        {
            return null;
        }

        foreach (var (name, purpose) in Purposes)
        {
            if (name == text)
            {
                return purpose;
            }
        }

        var suggestion = Suggest.Closest(text, names);
        problems.Error(map.LineOf("purpose"), $"Unknown purpose '{text}'.", (suggestion is null ? "" : $"Did you mean '{suggestion}'? ") + $"Purposes: {string.Join(", ", names)}.");
        return null;
    }

    private static string? ReadPhone(YamlMap map, ProblemList problems)
    {
        const string hint = "Write the number as people dial it, such as '0808 1000 900' or '+44 1372 847 161': digits, spaces, '+', '-' and brackets only. Put words such as 'freephone' in the description.";
        var phone = map.String("phone", required: false, hint);
        if (phone is not null && !PhoneNumber.IsPlausible(phone))
        {
            problems.Error(map.LineOf("phone"), $"'{phone}' is not a phone number.", hint);
            return null;
        }

        return phone;
    }

    private static string? ReadHttps(YamlMap map, string key, ProblemList problems)
    {
        const string hint = "Write the whole address, starting with 'https://', such as 'https://www.samaritans.org'.";
        var value = map.String(key, required: false, hint);
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host) || value.Any(char.IsWhiteSpace))
        {
            problems.Error(map.LineOf(key), $"'{key}' must be a full https:// address, not '{value}'.", hint);
            return null;
        }

        return value;
    }

    private static ImmutableArray<string> ReadServedRegions(YamlMap map, Dictionary<string, int> declared, ProblemList problems)
    {
        const string hint = "List the codes of the regions the helpline serves, such as 'regions: [gb, ie]'.";
        if (!map.Has("regions"))
        {
            problems.Error(map.Line, "The helpline has no 'regions'.", hint);
            return [];
        }

        var errorsBefore = problems.ErrorCount;
        var items = map.StringItems("regions", hint);
        if (items.IsEmpty && problems.ErrorCount == errorsBefore)
        {
            problems.Error(map.LineOf("regions"), "The helpline lists no regions.", hint);
        }

        var codes = ImmutableArray.CreateBuilder<string>();
        foreach (var (code, line) in items)
        {
            if (!IsRegionCode(code))
            {
                problems.Error(line, $"The region code '{code}' is not two lower-case letters.", RegionCodeHint(code));
            }
            else if (!declared.ContainsKey(code))
            {
                // No "did you mean": every two-letter code is within two edits of every other.
                var known = declared.Count == 0 ? "No regions are listed yet." : $"Listed regions: {string.Join(", ", declared.Keys)}.";
                problems.Error(line, $"Unknown region '{code}'.", $"{known} Add the region under 'regions' at the top of the file first.");
            }
            else if (codes.Contains(code))
            {
                problems.Warning(line, $"The region '{code}' is listed twice for this helpline.", "Remove the second one.");
            }
            else
            {
                codes.Add(code);
            }
        }

        return codes.ToImmutable();
    }

    /// <summary>
    /// Every region must lead somewhere in an emergency and in a crisis, in each of its languages. Counts each helpline
    /// whose purpose and regions could be read, even with other errors, so that one mistake is not reported twice.
    /// </summary>
    private static void CheckCoverage(List<(Region Region, int Line)> regions, List<Served> served, ProblemList problems)
    {
        foreach (var (region, line) in regions)
        {
            bool Has(HelplinePurpose purpose, string? language = null) =>
                served.Any(s => s.Purpose == purpose && s.Regions.Contains(region.Code) && (language is null || s.Languages.IsEmpty || s.Languages.Contains(language)));

            if (!Has(HelplinePurpose.Emergency))
            {
                problems.Error(line, $"The region '{region.Code}' ({region.Name}) has no emergency helpline.", $"Every region needs its emergency number, shown when a child or anyone is in danger now: add a helpline with 'purpose: emergency' and 'regions: [{region.Code}]'.");
            }

            if (!Has(HelplinePurpose.Crisis))
            {
                problems.Error(line, $"The region '{region.Code}' ({region.Name}) has no crisis helpline.", $"Every region needs a line for anyone in distress or thinking about suicide: add a helpline with 'purpose: crisis' and 'regions: [{region.Code}]'.");
            }
            else
            {
                foreach (var language in region.Languages.Where(l => !Has(HelplinePurpose.Crisis, l)))
                {
                    problems.Warning(line, $"The region '{region.Code}' ({region.Name}) has no crisis helpline in '{language}'.", $"People who choose '{language}' see no crisis line in their language: add one with 'languages: [{language}]'.");
                }
            }

            if (!Has(HelplinePurpose.OwnBehaviour))
            {
                problems.Warning(line, $"The region '{region.Code}' ({region.Name}) has no own-behaviour helpline.", $"Add a service for people worried about their own sexual thoughts or behaviour that people there can contact, with 'purpose: own-behaviour' and 'regions: [{region.Code}]'.");
            }
        }
    }

    private static bool IsRegionCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetterLower);

    private static string RegionCodeHint(string code)
    {
        var lower = code.ToLowerInvariant();
        return IsRegionCode(lower)
            ? $"Did you mean '{lower}'? Region codes are two lower-case letters (ISO 3166-1), such as 'gb' or 'ie'."
            : "Region codes are two lower-case letters (ISO 3166-1), such as 'gb' or 'ie'; use 'gb' for the United Kingdom.";
    }

    /// <summary>What a helpline serves, read even when it has other errors.</summary>
    private sealed record Served(HelplinePurpose Purpose, ImmutableArray<string> Regions, ImmutableArray<string> Languages);
}
