using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Articles;

namespace Bot.Core.Time;

/// <summary>Parses a stated publication date line such as "14 Mei 2022, 19:33 WIB".</summary>
public static partial class PublicationDateParser
{
    public static bool TryParse(string line, out PublicationDate date)
    {
        date = null!;
        var m = DayMonthYear().Match(line);
        int day, month, year;
        if (m.Success && MonthNames.TryParse(m.Groups["month"].Value, out month))
        {
            day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if ((m = Numeric().Match(line)).Success)
        {
            day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var time = TimePattern().Match(line);
        TimeOnly? at = time.Success
            ? new TimeOnly(int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture))
            : null;
        var zone = time.Success && time.Groups["zone"].Success ? time.Groups["zone"].Value : null;
        date = new PublicationDate(new DateOnly(year, month, day), at, zone, Stated: true, Evidence: line.Trim());
        return true;
    }

    [GeneratedRegex(@"^\s*(?:[A-Za-z']+,\s*)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]+)\.?\s+(?<year>(?:19|20)\d{2})\b(?:[,|\s]*\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|UTC|GMT))?)?\s*$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^\s*(?:[A-Za-z']+,\s*)?(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>(?:19|20)\d{2})\b(?:[,|\s]*\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|UTC|GMT))?)?\s*$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<h>\d{1,2})[:.](?<m>\d{2})(?:\s*(?<zone>WIB|WITA|WIT|UTC|GMT))?")]
    private static partial Regex TimePattern();
}
