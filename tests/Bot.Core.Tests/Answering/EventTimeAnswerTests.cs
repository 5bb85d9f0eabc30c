using Bot.Core.Answering.Extractive;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Answering;

/// <summary>
/// Questions that date an event by another one ("before the flood", "after the May meeting"), by a
/// range of months or by a year: the named event is dated from the articles and the answer must lie
/// on the asked side of it; a year no event falls in is no answer.
/// </summary>
public sealed class EventTimeAnswerTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Build(
    [
        ArticleParser.Parse("talks", """
            Gubernur dan Wali Kota Bertemu Lagi Bahas Banjir
            20 September 2021, 10:00 WIB

            Gubernur Jawa Barat Ridwan Kamil bertemu Wali Kota Bogor Bima Arya pada 14 September 2021 untuk membahas penanganan banjir.
            Pertemuan itu merupakan yang pertama sejak 2 Juni 2021.
            Ridwan Kamil dan Bima Arya juga bertemu pada 3 Maret 2021 sebelum musim hujan berakhir.
            Banjir besar melanda Bogor pada 20 Mei 2021 setelah hujan deras semalaman.
            """, "talks.txt"),
    ]));

    [Theory]
    [InlineData("Kapan Ridwan Kamil dan Bima Arya bertemu sebelum banjir besar melanda Bogor?", "3 Maret 2021")]
    [InlineData("Setelah banjir besar melanda Bogor, kapan Ridwan Kamil bertemu Bima Arya?", "14 September 2021")]
    [InlineData("Kapan Ridwan Kamil dan Bima Arya bertemu antara Juli dan Desember 2021?", "14 September 2021")]
    [InlineData("Tanggal berapa banjir besar melanda Bogor?", "20 Mei 2021")]
    public void Answer_DatesTheEventOnTheAskedSideOfAnother(string question, string expected)
    {
        var answer = new ExtractiveAnswerer(Knowledge.Value).Answer(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kapan Ridwan Kamil bertemu Bima Arya pada tahun 2019?")]
    [InlineData("Kapan Ridwan Kamil bertemu Bima Arya antara Oktober dan Desember 2021?")]
    public void Answer_AYearOrRangeNoEventFallsIn_Abstains(string question)
    {
        var answer = new ExtractiveAnswerer(Knowledge.Value).Answer(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("Berapa kali Ridwan Kamil dan Bima Arya bertemu pada 2021?", "2 kali: pada 3 Maret 2021 [1] dan 14 September 2021 [2].")]
    [InlineData("Berapa kali Ridwan Kamil dan Bima Arya bertemu setelah banjir besar melanda Bogor?", "Sekali: pada 14 September 2021 [1].")]
    public void Answer_HowManyTimes_CountsTheDatedEventsInTheWindowAndCitesThem(string question, string expected)
    {
        var answer = new ExtractiveAnswerer(Knowledge.Value).Answer(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(expected, answer.Text);
        Assert.All(answer.Citations, c => Assert.Contains("bertemu", c.Quote, StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_HowManyTimesInAYearNoEventFallsIn_GivesNoCount()
    {
        var answer = new ExtractiveAnswerer(Knowledge.Value).Answer("Berapa kali Ridwan Kamil dan Bima Arya bertemu pada 2019?");

        Assert.DoesNotContain("kali:", answer.Text, StringComparison.Ordinal);
    }
}
