using System.Globalization;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Answers;

/// <summary>Writes a resolved date the way a reader of each language expects it.</summary>
public static class DateText
{
    private static readonly string[] IndonesianMonths = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    private static readonly string[] IndonesianDays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

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
