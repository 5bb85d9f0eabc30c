using Bot.Core.Time;

namespace Bot.Core.Tests.Time;

public sealed class DatePatternTests
{
    private static readonly DateOnly CorpusLatest = MentionFormat.Day("2022-10-22");

    /// <summary>(question) -> "text: year/month/day/weekday" with "*" for parts the question leaves open.</summary>
    public static TheoryData<string, string> Questions => new()
    {
        { "What happened on 13 May?", "13 May: */5/13/*" },
        { "Who initiated the May call?", "May: */5/*/*" },
        { "Siapa yang memulai panggilan bulan Mei?", "bulan Mei: */5/*/*" },
        { "Which official did Austin speak with in October?", "October: */10/*/*" },
        { "What did they discuss on Friday?", "Friday: */*/*/Friday" },
        { "What happened last Friday?", "last Friday: 2022/10/21/*" },
        { "Apa yang terjadi kemarin?", "kemarin: 2022/10/21/*" },
        { "Apa yang terjadi tahun lalu?", "tahun lalu: 2021/*/*/*" },
        { "What happened in May 2022?", "May 2022: 2022/5/*/*" },
        { "Kapan panggilan Jumat (21/10)?", "Jumat (21/10): */10/21/Friday" },
        { "What was said on 21/10/2022?", "21/10/2022: 2022/10/21/*" },
        { "Who won the World Cup?", "" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void FindPatterns_Question_LeavesUnstatedPartsOpen(string question, string expected)
    {
        var patterns = DateMentionFinder.FindPatterns(question, CorpusLatest);

        Assert.Equal(expected, string.Join("; ", patterns.Select(Describe)));
    }

    [Fact]
    public void FindPatterns_MonthWithoutYear_MatchesThatMonthInAnyYear()
    {
        var pattern = Assert.Single(DateMentionFinder.FindPatterns("How long did the May phone call last?", CorpusLatest));

        Assert.True(pattern.Matches(MentionFormat.Day("2022-05-13")));
        Assert.True(pattern.Matches(MentionFormat.Day("2019-05-01")));
        Assert.False(pattern.Matches(MentionFormat.Day("2022-10-21")));
        Assert.Equal(MentionFormat.Day("2022-05-01"), pattern.Resolved?.Date);
    }

    [Fact]
    public void FindPatterns_DayMonth_ResolvesToMostRecentBeforeReference()
    {
        var pattern = Assert.Single(DateMentionFinder.FindPatterns("What happened on 13 May?", CorpusLatest));

        Assert.Equal(MentionFormat.Day("2022-05-13"), pattern.Resolved?.Date);
        Assert.True(pattern.Matches(MentionFormat.Day("2021-05-13")));
        Assert.False(pattern.Matches(MentionFormat.Day("2022-05-14")));
    }

    [Fact]
    public void Matches_MonthGranularMention_ComparesOnlyYearAndMonth()
    {
        var pattern = Assert.Single(DateMentionFinder.FindPatterns("What happened on 13 May?", CorpusLatest));
        var mayLastYear = new DateMention(0, 8, "Mei lalu", MentionFormat.Day("2022-05-01"), DateGranularity.Month, "test");
        var october = new DateMention(0, 7, "Oktober", MentionFormat.Day("2022-10-01"), DateGranularity.Month, "test");

        Assert.True(pattern.Matches(mayLastYear));
        Assert.False(pattern.Matches(october));
    }

    private static string Describe(DatePattern p)
        => $"{p.Text}: {p.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*"}/{p.Month?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*"}/{p.Day?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*"}/{p.Weekday?.ToString() ?? "*"}";
}
