using System.Text.RegularExpressions;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Tests.Time;

public sealed class CalendarNamesTests
{
    [Fact]
    public void Patterns_SpellExactlyTheTableNames()
    {
        var months = new Regex("^(?:" + CalendarPatterns.MonthFull + "|" + CalendarPatterns.MonthAbbreviation + ")$", RegexOptions.IgnoreCase);
        var weekdays = new Regex("^(?:" + CalendarPatterns.Weekday + ")$", RegexOptions.IgnoreCase);

        Assert.All(CalendarNames.MonthNames, name => Assert.Matches(months, name));
        Assert.All(CalendarNames.WeekdayNames, name => Assert.Matches(weekdays, name));
        var patternMonths = (CalendarPatterns.MonthFull + "|" + CalendarPatterns.MonthAbbreviation).Split('|');
        Assert.All(patternMonths, name => Assert.NotEqual(0, CalendarNames.Month(name)));
        Assert.All(CalendarPatterns.Weekday.Replace("['’`]?", "'", StringComparison.Ordinal).Split('|'), name => Assert.NotNull(CalendarNames.Weekday(name)));
    }

    [Theory]
    [InlineData("2022-10-21", "id", "Jumat, 21 Oktober 2022")]
    [InlineData("2022-10-21", "en", "Friday, 21 October 2022")]
    [InlineData("2022-05-01", "en", "Sunday, 1 May 2022")]
    public void Format_Day_WritesWeekdayDayMonthYear(string iso, string language, string expected)
    {
        var date = DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, DateText.Format(date, DateGranularity.Day, language == "id" ? TextLanguage.Indonesian : TextLanguage.English));
    }

    [Theory]
    [InlineData("Pebruari", 2)]
    [InlineData("Sept.", 9)]
    [InlineData("nopember", 11)]
    [InlineData("Mei", 5)]
    [InlineData("Maybe", 0)]
    public void Month_ReadsSpellingsAndAbbreviations(string name, int month)
        => Assert.Equal(month, CalendarNames.Month(name));

    [Theory]
    [InlineData("2022-10-22", "22 Oktober 2022")]
    [InlineData("2022-10-22T08:00", "22 Oktober 2022")]
    [InlineData("about a week ago", "about a week ago")]
    [InlineData(null, "")]
    public void FormatIso_FormatsIsoDatesAndKeepsOtherText(string? iso, string expected)
        => Assert.Equal(expected, DateText.FormatIso(iso, TextLanguage.Indonesian));
}
