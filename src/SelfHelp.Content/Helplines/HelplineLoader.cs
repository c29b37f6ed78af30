using System.Collections.Immutable;
using System.Globalization;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Helplines;

/// <summary>
/// Reads <c>helplines.yml</c> from a language folder into a <see cref="HelplineDirectory"/>, checking every rule on the way.
/// Never throws for anything in the file.
/// </summary>
public static class HelplineLoader
{
    /// <summary>The file, inside a language folder, that lists the regions and their helplines.</summary>
    public const string FileName = "helplines.yml";

    // A helpline checked longer ago than this is reported, so that someone checks it still works.
    private const int CheckedWithinDays = 180;


    private static readonly string[] FileKeys = ["regions", "helplines"];
    private static readonly string[] RegionKeys = ["code", "name"];
    private static readonly string[] HelplineKeys = ["id", "name", "purpose", "description", "phone", "text", "chat", "web", "hours", "regions", "source", "checked"];

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
        helplines:
          - id: samaritans
            name: Samaritans
            purpose: crisis
            description: Someone to talk to, day or night, if you are struggling.
            phone: 116 123
            regions: [gb]
            source: samaritans.org
            checked: 2026-11-23
        """;

    private const string RegionHint = "Each region needs a two-letter 'code' and a 'name', for example: '- code: gb' and 'name: United Kingdom'.";

    /// <summary>
    /// Loads and checks <c>helplines.yml</c> in <paramref name="languageFolder"/> (for example <c>content/en</c>).
    /// Problems are reported against the path relative to the content folder (<c>en/helplines.yml</c>), with real line
    /// numbers. The directory holds only the regions and helplines without errors.
    /// </summary>
    /// <param name="languageFolder">The language folder.</param>
    /// <param name="today">The date to judge 'checked' dates against.</param>
    public static (HelplineDirectory Directory, IReadOnlyList<ContentProblem> Problems) Load(string languageFolder, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(languageFolder);
        var root = Path.GetFullPath(languageFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(root) ?? root;
        var file = Path.Combine(root, FileName);
        var problems = new ProblemList(Path.GetRelativePath(parent, file));
        var directory = HelplineDirectory.Empty;
        try
        {
            if (Read(file, Path.Combine(languageFolder, FileName), problems) is { } text)
            {
                directory = Parse(text, today, problems) ?? HelplineDirectory.Empty;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The last line of defence for "loading never throws", as in ContentLoader.
            problems.Error(0, $"The file could not be processed ({ex.GetType().Name}: {ex.Message}).", "This is a fault in the site as well as in the file: tell the developers, and undo or simplify your last change to the file.");
        }

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
        var (regions, declared) = ReadRegions(map, problems);
        var (helplines, served) = ReadHelplines(map, declared, today, problems);
        CheckCoverage(regions, served, problems);
        return new HelplineDirectory([.. regions.Select(r => r.Region)], helplines);
    }

    /// <summary>Reads the regions; <c>declared</c> holds every well-formed code, even of a region with other errors.</summary>
    private static (List<(Region Region, int Line)> Regions, Dictionary<string, int> Declared) ReadRegions(YamlMap file, ProblemList problems)
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
                if (name is not null)
                {
                    regions.Add((new Region(code, name), line));
                }
            }
        }

        if (maps.Count == 0 && problems.ErrorCount == errorsBefore)
        {
            problems.Error(file.LineOf("regions"), "The helplines file lists no regions.", RegionHint);
        }

        return (regions, declared);
    }

    private static (ImmutableArray<Helpline> Helplines, List<(HelplinePurpose Purpose, ImmutableArray<string> Regions)> Served) ReadHelplines(
        YamlMap file, Dictionary<string, int> declared, DateOnly today, ProblemList problems)
    {
        const string hint = "Each helpline needs an id, name, purpose, description, regions, source and checked date, and a phone, web or chat.";
        var helplines = ImmutableArray.CreateBuilder<Helpline>();
        var served = new List<(HelplinePurpose, ImmutableArray<string>)>();
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
            var web = ReadHttps(map, "web", problems);
            if (!map.Has("phone") && !map.Has("web") && !map.Has("chat"))
            {
                problems.Error(map.Line, "The helpline has no 'phone', 'web' or 'chat'.", "Give at least one way to reach the service: a phone number, a website or a chat address.");
            }

            var hours = map.String("hours", required: false, "Write the opening hours as text, such as '24 hours, every day'.");
            var regions = ReadServedRegions(map, declared, problems);
            var source = map.String("source", required: true, "Say where you read the details, such as 'samaritans.org (contact page)', so the next person can check them.");
            var checkedOn = ReadChecked(map, today, problems);
            if (purpose is { } p && !regions.IsEmpty)
            {
                served.Add((p, regions));
            }

            if (problems.ErrorCount == errorsBefore && id is not null && name is not null && purpose is not null && description is not null
                && !regions.IsEmpty && source is not null && checkedOn is not null)
            {
                var phoneHref = phone is null ? null : PhoneNumber.Href(phone, regions);
                helplines.Add(new Helpline(id, name, purpose.Value, description, phone, phoneHref, text, chat, web, hours, regions, source, checkedOn.Value));
            }
        }

        return (helplines.ToImmutable(), served);
    }

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

    private static DateOnly? ReadChecked(YamlMap map, DateOnly today, ProblemList problems)
    {
        const string hint = "Write the day you last checked the number and website as YYYY-MM-DD, such as 'checked: 2026-11-23'.";
        var text = map.String("checked", required: true, hint);
        if (text is null)
        {
            return null;
        }

        var line = map.LineOf("checked");
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Error(line, $"'checked' must be a date written as YYYY-MM-DD, not '{text}'.", hint);
            return null;
        }

        if (date > today)
        {
            problems.Error(line, $"The checked date {text} is in the future.", $"Write the day you last checked the details; it cannot be later than today ({today:yyyy-MM-dd}).");
            return null;
        }

        if (date < today.AddDays(-CheckedWithinDays))
        {
            problems.Warning(line, $"The helpline was last checked on {text}, more than {CheckedWithinDays} days ago.", "Numbers and websites change: check the number still works and update 'checked'.");
        }

        return date;
    }

    /// <summary>
    /// Every region must lead somewhere in an emergency and in a crisis. Counts each helpline whose purpose and regions
    /// could be read, even with other errors, so that one mistake is not reported twice.
    /// </summary>
    private static void CheckCoverage(List<(Region Region, int Line)> regions, List<(HelplinePurpose Purpose, ImmutableArray<string> Regions)> served, ProblemList problems)
    {
        foreach (var (region, line) in regions)
        {
            bool Has(HelplinePurpose purpose) => served.Any(s => s.Purpose == purpose && s.Regions.Contains(region.Code));

            if (!Has(HelplinePurpose.Emergency))
            {
                problems.Error(line, $"The region '{region.Code}' ({region.Name}) has no emergency helpline.", $"Every region needs its emergency number, shown when a child or anyone is in danger now: add a helpline with 'purpose: emergency' and 'regions: [{region.Code}]'.");
            }

            if (!Has(HelplinePurpose.Crisis))
            {
                problems.Error(line, $"The region '{region.Code}' ({region.Name}) has no crisis helpline.", $"Every region needs a line for anyone in distress or thinking about suicide: add a helpline with 'purpose: crisis' and 'regions: [{region.Code}]'.");
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
}
