using System.Text;
using Bot.Core.Articles;
using Bot.Core.Time;

namespace Bot.Core.Tests.Properties;

/// <summary>
/// Inputs the property tests once found (shrunk to their core), kept as ordinary tests so that
/// the bugs they exposed stay fixed whatever the random seed.
/// </summary>
public sealed class Counterexamples
{
    /// <summary>
    /// Year 0000 reached DateTime.DaysInMonth, which throws, and took the article loader down; a
    /// date line of year 0001 or 9999 made "Mei lalu" resolve to year 0 or 10000, which throws too.
    /// </summary>
    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("00/00/0000")]
    [InlineData("1 Januari 0000")]
    [InlineData("Jumat, 01/01/0000 10:00 WIB")]
    [InlineData("1 Januari 0001")]
    [InlineData("9999-12-31")]
    public void PublicationDate_YearZero_IsNoDate(string line)
        => Assert.False(PublicationDateParser.TryParse(line, out _));

    [Fact]
    public void Parse_ArticleWithYearZeroLine_LoadsTheArticle()
    {
        var text = "0000-01-01\nMenhan AS dan Rusia berbicara lewat telepon pada hari Jumat.\nKeduanya membahas perang di Ukraina.";
        var (article, reason) = ArticleLoader.Parse(Encoding.UTF8.GetBytes(text), "x.txt");
        Assert.Null(reason);
        Assert.Equal("Menhan AS dan Rusia berbicara lewat telepon pada hari Jumat.", article!.Title);
    }

    [Theory]
    [InlineData("1 Januari 0001")]
    [InlineData("9999-12-31")]
    public void Build_ArticleDatedAtTheCalendarEdge_ResolvesItsRelativeDates(string dateLine)
    {
        var text = dateLine + "\nMenhan AS dan Rusia berbicara lewat telepon pada hari Jumat.\nMereka juga bicara Mei lalu dan tahun depan.";
        var article = ArticleLoader.Parse(Encoding.UTF8.GetBytes(text), "x.txt").Article!;

        var knowledge = KnowledgeBase.Build([article]);

        Assert.Null(article.Published);
        Assert.NotEmpty(knowledge.Passages);
    }

    /// <summary>A question's weekday that contradicts its full date made a pattern no day can match, not even its own resolution.</summary>
    [Theory]
    [InlineData("Jumat\nSept. 12, 2022")]
    [InlineData("What happened on Friday, 12 September 2022?")]
    public void FindPatterns_WeekdayContradictingFullDate_MatchesTheStatedDate(string question)
    {
        var pattern = Assert.Single(DateMentionFinder.FindPatterns(question, new DateOnly(2022, 10, 22)));

        Assert.True(pattern.Matches(new DateOnly(2022, 9, 12)));
        Assert.True(pattern.Matches(pattern.Resolved!));
    }

    /// <summary>A page of nothing but furniture loaded as an article titled with its file name and no text.</summary>
    [Fact]
    public void Parse_OnlyPageFurniture_IsSkippedWithTheReason()
    {
        var (article, reason) = ArticleLoader.Parse(Encoding.UTF8.GetBytes("Baca Juga:\nTags:\nAdvertisement\n"), "furniture.txt");

        Assert.Null(article);
        Assert.Equal("no article content after removing boilerplate", reason);
    }
}
