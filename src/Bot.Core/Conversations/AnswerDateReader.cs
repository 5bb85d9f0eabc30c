using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Conversations;

/// <summary>
/// Reads the full dates an answer states ("21 October 2022", "October 21, 2022", "21 Oktober
/// 2022", "2022-10-21", "21/10/2022"), in order of mention, so that a follow-up such as "and
/// before that?" knows which date "that" is.
/// </summary>
internal static partial class AnswerDateReader
{
    public static IReadOnlyList<DateOnly> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Position, DateOnly Date)>();
        foreach (Match m in DayMonthYearPattern().Matches(text))
        {
            Add(found, m.Index, m.Groups["y"].Value, MonthOf(m.Groups["m"].Value), m.Groups["d"].Value);
        }

        foreach (Match m in MonthDayYearPattern().Matches(text))
        {
            Add(found, m.Index, m.Groups["y"].Value, MonthOf(m.Groups["m"].Value), m.Groups["d"].Value);
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

    /// <summary>"21 October 2022" or "21 Oktober 2022".</summary>
    public static string Format(DateOnly date, bool indonesian)
        => DateText.DayMonthYear(date, indonesian ? TextLanguage.Indonesian : TextLanguage.English);

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

    private static int MonthOf(string name) => MonthNames.TryParse(name, out var month) ? month : 0;

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYearPattern();

    [GeneratedRegex(@"\b(?<m>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYearPattern();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"\b(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();
}
