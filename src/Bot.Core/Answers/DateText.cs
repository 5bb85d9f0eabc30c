using System.Globalization;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Answers;

/// <summary>Writes a resolved date the way a reader of each language expects it.</summary>
public static class DateText
{
    private static readonly string[] IndonesianMonths = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    private static readonly string[] IndonesianDays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The month's name in the language (English for anything but Indonesian).</summary>
    public static string MonthName(int month, TextLanguage language)
        => (language == TextLanguage.Indonesian ? IndonesianMonths : EnglishMonths)[month - 1];

    /// <summary>"21 October 2022" or "21 Oktober 2022": no weekday, no culture data needed.</summary>
    public static string DayMonthYear(DateOnly date, TextLanguage language)
        => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthName(date.Month, language)} {date.Year}");

    public static string Format(DateOnly date, DateGranularity granularity, TextLanguage language)
    {
        var indonesian = language == TextLanguage.Indonesian;
        return granularity switch
        {
            DateGranularity.Year => date.Year.ToString(CultureInfo.InvariantCulture),
            DateGranularity.Month => indonesian
                ? $"{IndonesianMonths[date.Month - 1]} {date.Year}"
                : date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ => indonesian
                ? $"{IndonesianDays[(int)date.DayOfWeek]}, {date.Day} {IndonesianMonths[date.Month - 1]} {date.Year}"
                : date.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture),
        };
    }
}
