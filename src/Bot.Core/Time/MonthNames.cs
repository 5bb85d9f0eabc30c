namespace Bot.Core.Time;

/// <summary>Month names and abbreviations in Indonesian and English ("Mei", "Sept.", "Oct").</summary>
public static class MonthNames
{
    public static bool TryParse(string name, out int month)
    {
        ArgumentNullException.ThrowIfNull(name);
        month = CalendarNames.Month(name);
        return month != 0;
    }
}
