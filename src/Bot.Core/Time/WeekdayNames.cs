namespace Bot.Core.Time;

/// <summary>Weekday names in Indonesian and English ("Jumat", "Jum'at", "Friday").</summary>
public static class WeekdayNames
{
    public static bool IsWeekday(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return CalendarNames.Weekday(word) is not null;
    }
}
