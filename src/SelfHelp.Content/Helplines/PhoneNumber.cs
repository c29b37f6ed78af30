using System.Text;

namespace SelfHelp.Content.Helplines;

/// <summary>Checks phone numbers as editors write them and turns them into <c>tel:</c> links.</summary>
internal static class PhoneNumber
{
    private const int MinDigits = 3;
    private const int MaxDigits = 20;

    // Countries whose national numbers start with the trunk prefix 0, which is dropped after the calling code.
    // Numbers there without the 0 (999, 112, 116 123) are short codes and stay as dialled.
    private static readonly Dictionary<string, string> TrunkZeroCallingCodes = new(StringComparer.Ordinal)
    {
        ["at"] = "43",
        ["au"] = "61",
        ["be"] = "32",
        ["ch"] = "41",
        ["de"] = "49",
        ["fi"] = "358",
        ["fr"] = "33",
        ["gb"] = "44",
        ["ie"] = "353",
        ["nl"] = "31",
        ["nz"] = "64",
        ["se"] = "46",
    };

    // The North American Numbering Plan: ten-digit numbers, optionally written with a leading 1.
    private static readonly HashSet<string> NanpRegions = new(StringComparer.Ordinal) { "us", "ca" };

    /// <summary>Digits, spaces, '+', '-' and brackets only; '+' only first; 3 to 20 digits.</summary>
    public static bool IsPlausible(string phone)
    {
        var digits = 0;
        for (var i = 0; i < phone.Length; i++)
        {
            var c = phone[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '+' ? i != 0 : c is not (' ' or '-' or '(' or ')'))
            {
                return false;
            }
        }

        return digits is >= MinDigits and <= MaxDigits;
    }

    /// <summary>
    /// The <c>tel:</c> URI for a plausible number: E.164 when it is written internationally or every region it serves
    /// shares one calling code that turns it into one; otherwise the digits as dialled.
    /// </summary>
    public static string Href(string phone, IReadOnlyCollection<string> regions)
    {
        if (phone.StartsWith('+'))
        {
            // "+44 (0)1372 ..." is a common way to show the trunk 0 that must not be dialled from abroad.
            return "tel:+" + Digits(phone.Replace("(0)", "", StringComparison.Ordinal));
        }

        var digits = Digits(phone);
        var plans = regions.Select(Plan).Distinct().ToList();
        var plan = plans.Count == 1 ? plans[0] : null;
        if (plan == "nanp")
        {
            return digits switch
            {
                { Length: 11 } when digits[0] == '1' => "tel:+" + digits,
                { Length: 10 } when digits[0] is >= '2' and <= '9' => "tel:+1" + digits,
                _ => "tel:" + digits,
            };
        }

        if (plan is not null && digits.StartsWith("00", StringComparison.Ordinal))
        {
            return "tel:+" + digits[2..];
        }

        if (plan is not null && digits.StartsWith('0'))
        {
            return "tel:+" + plan + digits[1..];
        }

        return "tel:" + digits;
    }

    private static string? Plan(string region) =>
        NanpRegions.Contains(region) ? "nanp" : TrunkZeroCallingCodes.GetValueOrDefault(region);

    private static string Digits(string phone)
    {
        var builder = new StringBuilder(phone.Length);
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
