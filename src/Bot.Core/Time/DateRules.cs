namespace Bot.Core.Time;

/// <summary>The numbers date resolution depends on, in one place.</summary>
internal static class DateRules
{
    /// <summary>
    /// How many years back from the reference year a stated weekday may pick the year of a
    /// day-month: weekdays of a given day repeat within 28 years (the Gregorian solar cycle
    /// outside century exceptions), so a longer search could only find a second, older fit.
    /// </summary>
    public const int WeekdayYearSearch = 28;

    /// <summary>
    /// The years a date may state (the mention patterns read 19xx and 20xx only). A date line
    /// outside them ("1 Januari 0001", "9999-12-31") is page noise, and resolving relative
    /// dates against it would leave the calendar.
    /// </summary>
    public const int MinYear = 1900;

    /// <inheritdoc cref="MinYear"/>
    public const int MaxYear = 2099;

    /// <summary>Two-digit years at or below this number are read as 20xx, above it as 19xx.</summary>
    public const int TwoDigitYearPivot = 69;

    /// <summary>Relative year counts above this ("5000 tahun lalu") are not calendar dates.</summary>
    public const int MaxRelativeYears = 200;

    /// <summary>Relative day and month counts above this are rejected as implausible.</summary>
    public const int MaxRelativeDaysOrMonths = 400;

    /// <summary>
    /// A yearless day-month resolved to more than this many days before its article's reference
    /// is a weak guess: other articles that state the year explicitly may override it.
    /// </summary>
    public const int WeakYearGuessDays = 183;

    /// <summary>A "kemarin" that follows a date within this many characters qualifies that date instead of naming yesterday.</summary>
    public const int RecentMarkerGap = 2;

    /// <summary>
    /// The most characters a date expression may put before the word that triggers it
    /// ("the beginning of last bulan " before a month name, "sembilan " before "tahun").
    /// </summary>
    public const int LongestPrefix = 32;

    /// <summary>How many sentences back a bare weekday looks for the dated day it refers to.</summary>
    public const int WeekdayContextSentences = 3;
}
