using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Time;

/// <summary>
/// Reads an article's date line: "14 Mei 2022, 19:33 WIB", "Jum'at, 22/11/2024 17:38 WIB",
/// "Senin, 12 September 2022 | 10:15 WIB", "2022-05-14T19:33:00+07:00", "May 14, 2022 7:33 PM".
/// The whole line must be the date (with an optional label such as "Published:"), so a body
/// sentence that happens to contain a date is not taken for a date line.
/// </summary>
public static partial class PublicationDateParser
{
    private const string MonthName = @"(?<mon>" + CalendarPatterns.MonthFull + "|" + CalendarPatterns.MonthAbbreviation + @")\.?";

    public static bool TryParse(string line, out DateLine published)
    {
        published = null!;
        if (string.IsNullOrWhiteSpace(line) || line.Length > 120)
        {
            return false;
        }

        var m = DateLinePattern().Match(line);
        if (!m.Success)
        {
            return false;
        }

        var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = m.Groups["mon"].Success
            ? CalendarNames.Month(m.Groups["mon"].ValueSpan)
            : int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        // A year such as 0000 ("0000-01-01" in a broken page) is no date; DaysInMonth would throw on it.
        if (year is < DateRules.MinYear or > DateRules.MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (!TryParseTime(m, out var time))
        {
            return false;
        }

        var zone = m.Groups["zone"].Success ? NormalizeZone(m.Groups["zone"].Value) : null;
        published = new DateLine(new DateOnly(year, month, day), time, zone, line.Trim());
        return true;
    }

    private static bool TryParseTime(Match m, out TimeOnly? time)
    {
        time = null;
        if (!m.Groups["h"].Success)
        {
            return true;
        }

        var hour = int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["min"].ValueSpan, CultureInfo.InvariantCulture);
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (m.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            var pm = m.Groups["ampm"].ValueSpan[0] is 'p' or 'P';
            hour = (hour % 12) + (pm ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        return true;
    }

    /// <summary>"Z" is UTC, a bare offset is written as UTC+07:00, named zones stay as written.</summary>
    private static string NormalizeZone(string zone)
    {
        var compact = zone.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return compact switch
        {
            "Z" => "UTC",
            ['+' or '-', ..] => "UTC" + compact,
            _ => compact,
        };
    }

    [GeneratedRegex(
        @"^\s*(?:(?:diterbitkan|dipublikasikan|diperbarui|published|posted|updated|tanggal|date)\s*(?:on\s*)?:?\s*)?"
        + @"(?:(?<wd>" + CalendarPatterns.Weekday + @"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\s*,?\s*)?"
        + @"(?:(?<d>\d{1,2})\s+" + MonthName + @"\s*,?\s*(?<y>\d{4})"
        + @"|" + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?<y>\d{4})"
        + @"|(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})"
        + @"|(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2}))"
        + @"(?:(?:\s*[,|\-–—]\s*|\s+|T)(?:(?:pukul|jam|at)\s+)?(?<h>\d{1,2})[:.](?<min>\d{2})(?::(?<s>\d{2}))?(?:\.\d+)?"
        + @"\s*(?<ampm>AM|PM|a\.m\.|p\.m\.)?\s*(?<zone>WITA|WIT|WIB|(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?|UTC|GMT|Z|[+-]\d{2}:?\d{2})?)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DateLinePattern();
}
