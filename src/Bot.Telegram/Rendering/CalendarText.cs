using System.Globalization;
using Bot.Core.Answers;
using Bot.Core.Language;

namespace Bot.Telegram.Rendering;

/// <summary>Dates as readers of each language write them ("22 October 2022", "22 Oktober 2022"), without depending on ICU data.</summary>
internal static class CalendarText
{
    public static string Format(DateOnly date, ReplyLanguage language)
        => DateText.DayMonthYear(date, language == ReplyLanguage.Indonesian ? TextLanguage.Indonesian : TextLanguage.English);

    /// <summary>Formats an ISO date ("2022-10-22", optionally followed by a time); other text is returned as it is.</summary>
    public static string Format(string? published, ReplyLanguage language)
    {
        if (string.IsNullOrWhiteSpace(published))
        {
            return "";
        }

        var head = published.Length >= 10 ? published[..10] : published;
        return DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Format(date, language)
            : published;
    }
}
