using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Time;

/// <summary>
/// Full dates written out in a text — "21 October 2022", "October 21, 2022", "21 Oktober 2022",
/// "2022-10-21", "21/10/2022" — in order of mention: the dates an answer states (so a follow-up
/// such as "and before that?" knows which date "that" is) and the dates a question names.
/// Impossible dates (31 February, month 13) are not dates.
/// </summary>
public static partial class StatedDates
{
    public static IReadOnlyList<DateOnly> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Position, DateOnly Date)>();
        foreach (Match m in DayMonthYearPattern().Matches(text))
        {
            Add(found, m.Index, m.Groups["y"].Value, CalendarNames.Month(m.Groups["m"].ValueSpan), m.Groups["d"].Value);
        }

        foreach (Match m in MonthDayYearPattern().Matches(text))
        {
            Add(found, m.Index, m.Groups["y"].Value, CalendarNames.Month(m.Groups["m"].ValueSpan), m.Groups["d"].Value);
        }

        foreach (Match m in IsoPattern().Matches(text))
        {
            Add(found, m.Index, m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value);
        }

        foreach (Match m in NumericPattern().Matches(text))
        {
            Add(found, m.Index, m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value);
        }

        return found.OrderBy(f => f.Position).Select(f => f.Date).Distinct().ToList();
    }

    /// <summary>The first full date a text states, if any.</summary>
    public static DateOnly? First(string text) => Read(text) is [var first, ..] ? first : null;

    private static void Add(List<(int, DateOnly)> found, int position, string year, int month, string day)
    {
        if (month >= 1 && month <= 12
            && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && d >= 1 && d <= DateTime.DaysInMonth(y, month))
        {
            found.Add((position, new DateOnly(y, month, d)));
        }
    }

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3,9})\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DayMonthYearPattern();

    [GeneratedRegex(@"\b(?<m>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2}),?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MonthDayYearPattern();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"\b(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NumericPattern();
}
