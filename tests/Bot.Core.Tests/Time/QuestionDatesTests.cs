using System.Globalization;
using Bot.Core.Time;

namespace Bot.Core.Tests.Time;

public sealed class QuestionDatesTests
{
    private static readonly DateOnly Latest = new(2022, 10, 21);

    [Theory]
    [InlineData("When did Austin last call Shoigu in 2024?", 2024)]
    [InlineData("Kapan Novanto ditahan KPK pada tahun 2016?", 2016)]
    [InlineData("Berapa kali mereka berbicara sepanjang 2022?", 2022)]
    [InlineData("Apa isi UU Nomor 30/2002 tentang KPK?", null)]
    [InlineData("How much was Rp 2.000 worth?", null)]
    public void Year_ReadsAYearThatDatesEvents_NotOneInsideANumber(string question, int? expected)
    {
        Assert.Equal(expected, QuestionDates.Year(question)?.Year);
    }

    [Theory]
    [InlineData("How many calls did they have between March and September 2022?", "2022-03-01..2022-09-30")]
    [InlineData("Kapan mereka berbicara antara Maret dan September 2022?", "2022-03-01..2022-09-30")]
    [InlineData("What happened from November 2021 to February 2022?", "2021-11-01..2022-02-28")]
    [InlineData("Who spoke between May and October?", "2022-05-01..2022-10-31")]
    [InlineData("Who spoke between November and February?", "2021-11-01..2022-02-28")]
    public void Range_IsTheDaysOfTheMonthsBetween(string question, string expected)
    {
        var range = QuestionDates.Range(question);

        Assert.NotNull(range);
        Assert.Equal(expected, Format(QuestionDates.Window(range, Latest)));
    }

    [Fact]
    public void Range_NeedsTwoMonths()
    {
        Assert.Null(QuestionDates.Range("What did he say between the two calls?"));
        Assert.Null(QuestionDates.Range("Who may speak between them and Russia?"));
    }

    [Fact]
    public void Window_BeforeAndAfterASpan_ExcludeTheSpan()
    {
        var may = DateWindow.OfMonth(2022, 5);

        Assert.False(may.Following.Contains(new DateOnly(2022, 5, 13)));
        Assert.True(may.Following.Contains(new DateOnly(2022, 6, 1)));
        Assert.False(may.Preceding.Contains(new DateOnly(2022, 5, 1)));
        Assert.True(may.Preceding.Contains(new DateOnly(2022, 4, 30)));
        Assert.True(DateWindow.OfYear(2022).Intersect(may.Following).Intersect(new DateWindow(null, new DateOnly(2022, 5, 31))).IsEmpty);
    }

    private static string Format(DateWindow window)
        => string.Create(CultureInfo.InvariantCulture, $"{window.From:yyyy-MM-dd}..{window.To:yyyy-MM-dd}");
}
