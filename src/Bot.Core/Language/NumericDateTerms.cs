using System.Globalization;

namespace Bot.Core.Language;

/// <summary>
/// Index terms of a numeric date token (day/month or day/month/year, as Indonesian news writes
/// them): the token itself, the Indonesian month name and a four-digit year when present.
/// </summary>
internal static class NumericDateTerms
{
    private static readonly string[] IndonesianMonths =
    [
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
    ];

    public static string[] Of(string dateToken)
    {
        ArgumentNullException.ThrowIfNull(dateToken);
        var parts = dateToken.Split('/');
        if (parts.Length < 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || day is < 1 or > 31
            || month is < 1 or > 12)
        {
            return [dateToken];
        }

        var monthName = IndonesianMonths[month - 1];
        return parts.Length == 3 && parts[2].Length == 4 ? [dateToken, monthName, parts[2]] : [dateToken, monthName];
    }
}
