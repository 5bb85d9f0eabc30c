using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Telegram.Rendering;

/// <summary>Dates as readers of each language write them ("22 October 2022", "22 Oktober 2022"), from the engine's one calendar table.</summary>
internal static class CalendarText
{
    public static string Format(DateOnly date, ReplyLanguage language) => DateText.DayMonthYear(date, Language(language));

    /// <summary>Formats an ISO date ("2022-10-22", optionally followed by a time); other text is returned as it is.</summary>
    public static string Format(string? published, ReplyLanguage language) => DateText.FormatIso(published, Language(language));

    private static TextLanguage Language(ReplyLanguage language) => language == ReplyLanguage.Indonesian ? TextLanguage.Indonesian : TextLanguage.English;
}
