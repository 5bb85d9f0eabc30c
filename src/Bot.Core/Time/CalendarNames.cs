using System.Globalization;
using Bot.Core.Language;

namespace Bot.Core.Time;

/// <summary>
/// The one table of month and weekday names, Indonesian and English: the names every date is
/// written with, and the spellings and abbreviations that are read ("Pebruari", "Sept.", "Jum'at").
/// The regular expressions of <see cref="CalendarPatterns"/> spell the same names; a test keeps them equal.
/// </summary>
internal static class CalendarNames
{
    private static readonly string[] IndonesianMonths = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Indexed by <see cref="DayOfWeek"/> (Sunday first).</summary>
    private static readonly string[] IndonesianWeekdays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    private static readonly string[] EnglishWeekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>Spellings that are read but never written: old spellings and abbreviations.</summary>
    private static readonly (string Name, int Month)[] MonthVariants =
    [
        ("jan", 1), ("pebruari", 2), ("feb", 2), ("peb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
        ("agu", 8), ("agt", 8), ("ags", 8), ("aug", 8), ("sept", 9), ("sep", 9), ("okt", 10), ("oct", 10),
        ("nopember", 11), ("nov", 11), ("des", 12), ("dec", 12),
    ];

    private static readonly (string Name, DayOfWeek Day)[] WeekdayVariants = [("ahad", DayOfWeek.Sunday)];

    // Plain dictionaries filled by loops: a frozen dictionary (and the LINQ over tuples that fed it)
    // costs tens of milliseconds of JIT and key analysis at start-up for a table of fifty names.
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Dictionary<string, DayOfWeek> Weekdays = BuildWeekdays();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup =
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

    /// <summary>The month's name in the language (English for anything but Indonesian).</summary>
    public static string MonthName(int month, TextLanguage language)
        => (language == TextLanguage.Indonesian ? IndonesianMonths : EnglishMonths)[month - 1];

    /// <summary>The weekday's name in the language (English for anything but Indonesian).</summary>
    public static string WeekdayName(DayOfWeek day, TextLanguage language)
        => (language == TextLanguage.Indonesian ? IndonesianWeekdays : EnglishWeekdays)[(int)day];

    /// <summary>The English month name, e.g. "May".</summary>
    public static string MonthName(int month) => EnglishMonths[month - 1];

    /// <summary>"21 October 2022": the form reasons use.</summary>
    public static string Format(DateOnly date)
        => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthName(date.Month)} {date.Year}");

    /// <summary>"21 October".</summary>
    public static string FormatDayMonth(int day, int month)
        => string.Create(CultureInfo.InvariantCulture, $"{day} {MonthName(month)}");

    /// <summary>"May 2022".</summary>
    public static string FormatMonth(DateOnly date)
        => string.Create(CultureInfo.InvariantCulture, $"{MonthName(date.Month)} {date.Year}");

    /// <summary>Indonesian names, then English, then the variants; the first to claim a spelling keeps it.</summary>
    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < IndonesianMonths.Length; i++)
        {
            months.TryAdd(IndonesianMonths[i].ToLowerInvariant(), i + 1);
        }

        for (var i = 0; i < EnglishMonths.Length; i++)
        {
            months.TryAdd(EnglishMonths[i].ToLowerInvariant(), i + 1);
        }

        foreach (var (name, month) in MonthVariants)
        {
            months.TryAdd(name, month);
        }

        return months;
    }

    private static Dictionary<string, DayOfWeek> BuildWeekdays()
    {
        var weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < IndonesianWeekdays.Length; i++)
        {
            weekdays.Add(IndonesianWeekdays[i].ToLowerInvariant(), (DayOfWeek)i);
            weekdays.Add(EnglishWeekdays[i].ToLowerInvariant(), (DayOfWeek)i);
        }

        foreach (var (name, day) in WeekdayVariants)
        {
            weekdays.Add(name, day);
        }

        return weekdays;
    }
}
