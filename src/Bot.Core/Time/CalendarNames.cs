using System.Collections.Frozen;
using System.Globalization;

namespace Bot.Core.Time;

/// <summary>Indonesian and English month and weekday names, with their usual abbreviations.</summary>
internal static class CalendarNames
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1, ["january"] = 1, ["jan"] = 1,
        ["februari"] = 2, ["pebruari"] = 2, ["february"] = 2, ["feb"] = 2, ["peb"] = 2,
        ["maret"] = 3, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["agustus"] = 8, ["august"] = 8, ["agu"] = 8, ["agt"] = 8, ["ags"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9,
        ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nopember"] = 11, ["nov"] = 11,
        ["desember"] = 12, ["december"] = 12, ["des"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["senin"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["selasa"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["rabu"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["kamis"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["jumat"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["sabtu"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["minggu"] = DayOfWeek.Sunday, ["ahad"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup =
        Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every month name and abbreviation, lower case.</summary>
    public static IEnumerable<string> MonthNames => Months.Keys;

    /// <summary>Every weekday name, lower case and without apostrophes.</summary>
    public static IEnumerable<string> WeekdayNames => Weekdays.Keys;

    /// <summary>The month number of a name or abbreviation ("Sept.", "Mei"), or 0.</summary>
    public static int Month(ReadOnlySpan<char> name)
    {
        name = name.TrimEnd('.');
        return MonthLookup.TryGetValue(name, out var month) ? month : 0;
    }

    /// <summary>The weekday of a name such as "Jum'at" or "Friday".</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> name)
    {
        Span<char> letters = stackalloc char[name.Length];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                letters[n++] = c;
            }
        }

        return WeekdayLookup.TryGetValue(letters[..n], out var day) ? day : null;
    }

    /// <summary>"21 October 2022": the form reasons use.</summary>
    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"21 October".</summary>
    public static string FormatDayMonth(int day, int month)
        => string.Create(CultureInfo.InvariantCulture, $"{day} {MonthName(month)}");

    /// <summary>The English month name, e.g. "May".</summary>
    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>"May 2022".</summary>
    public static string FormatMonth(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
