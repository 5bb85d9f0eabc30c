using System.Globalization;

namespace Bot.Telegram.Rendering;

/// <summary>Dates as readers of each language write them ("22 October 2022", "22 Oktober 2022"), without depending on ICU data.</summary>
internal static class CalendarText
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] IndonesianMonths =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static string Format(DateOnly date, ReplyLanguage language)
    {
        var months = language == ReplyLanguage.Indonesian ? IndonesianMonths : EnglishMonths;
        return string.Create(CultureInfo.InvariantCulture, $"{date.Day} {months[date.Month - 1]} {date.Year}");
    }

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
