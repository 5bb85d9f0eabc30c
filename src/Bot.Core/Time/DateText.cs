using System.Globalization;
using Bot.Core.Language;

namespace Bot.Core.Time;

/// <summary>Writes a resolved date the way a reader of each language expects it, from the one calendar table.</summary>
public static class DateText
{
    /// <summary>The month's name in the language (English for anything but Indonesian).</summary>
    public static string MonthName(int month, TextLanguage language) => CalendarNames.MonthName(month, language);

    /// <summary>"21 October 2022" or "21 Oktober 2022": no weekday, no culture data needed.</summary>
    public static string DayMonthYear(DateOnly date, TextLanguage language)
        => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthName(date.Month, language)} {date.Year}");

    /// <summary>"Friday, 21 October 2022", "October 2022", "2022" (and the Indonesian forms), per granularity.</summary>
    public static string Format(DateOnly date, DateGranularity granularity, TextLanguage language) => granularity switch
    {
        DateGranularity.Year => date.Year.ToString(CultureInfo.InvariantCulture),
        DateGranularity.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthName(date.Month, language)} {date.Year}"),
        _ => CalendarNames.WeekdayName(date.DayOfWeek, language) + ", " + DayMonthYear(date, language),
    };

    /// <summary>
    /// An ISO date ("2022-10-22", optionally followed by a time) as <see cref="DayMonthYear"/>;
    /// any other text is returned as it is, and null or blank as empty.
    /// </summary>
    public static string FormatIso(string? iso, TextLanguage language)
    {
        if (string.IsNullOrWhiteSpace(iso))
        {
            return "";
        }

        var head = iso.Length >= 10 ? iso[..10] : iso;
        return DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DayMonthYear(date, language)
            : iso;
    }
}
