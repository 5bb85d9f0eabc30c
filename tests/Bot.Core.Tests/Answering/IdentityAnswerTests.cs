using Bot.Core.Answering.Composition;
using Bot.Core.Answering.Extractive;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Answering;

/// <summary>"Who is X?" answers with the title the articles give X beside the name, cited, never with a country.</summary>
public sealed class IdentityAnswerTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Build(
    [
        ArticleParser.Parse("port", """
            Pelabuhan Baru Dibuka di Makassar
            5 April 2023, 10:00 WIB

            Menteri Perhubungan Jepang Hiroshi Tanaka meresmikan pelabuhan baru di Makassar bersama pejabat setempat.
            "Pelabuhan ini membuka jalur dagang baru," kata Tanaka kepada wartawan.
            Duta Besar Jepang untuk Indonesia, Kenji Mori, mengatakan kerja sama akan berlanjut.
            Pelabuhan itu dibangun oleh Rudi Hartono, kontraktor asal Surabaya, selama dua tahun.
            """, "port.txt"),
        ArticleParser.Parse("port2", """
            Pemerintah Jepang Danai Pembangunan Pelabuhan Baru di Kota Makassar
            6 April 2023, 08:00 WIB

            Dubes Jepang untuk Indonesia Kenji Mori menyebut dana pelabuhan berasal dari pinjaman lunak.
            Pinjaman itu akan dilunasi dalam tiga puluh tahun oleh pemerintah daerah.
            """, "port2.txt"),
    ]));

    private static Bot.Core.Answering.Contracts.Answer Ask(string question) => new ExtractiveAnswerer(Knowledge.Value).Answer(question);

    [Fact]
    public void Answer_WhoIsQuestionInEnglish_GivesTheTitleGlossedAndAsWritten()
    {
        var answer = Ask("Who is Kenji Mori?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Kenji Mori is the Japanese ambassador to Indonesia (Duta Besar Jepang untuk Indonesia)", answer.Text, StringComparison.Ordinal);
        // "Dubes" and "Duta Besar" are one title: both articles say it.
        Assert.Equal(["port", "port2"], answer.Citations.Select(c => c.Article).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Answer_WhoIsQuestionInIndonesian_GivesTheTitleAsWritten()
    {
        var answer = Ask("Siapa Hiroshi Tanaka?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Hiroshi Tanaka adalah Menteri Perhubungan Jepang", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_TitleAfterTheName_IsFoundToo()
    {
        var answer = Ask("Siapa Rudi Hartono?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("kontraktor asal Surabaya", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Menteri Pertahanan AS", "US defence minister")]
    [InlineData("Duta Besar Rusia untuk Amerika Serikat", "Russian ambassador to the United States")]
    [InlineData("Wakil Ketua Komisi Pemberantasan Korupsi (KPK)", "deputy chairman of KPK")]
    [InlineData("saudara presiden dan jaksa agung", "brother of the president and attorney general")]
    public void English_KnownTitle_ReadsAsEnglish(string title, string english)
        => Assert.Equal(english, TitleGloss.English(title));

    [Fact]
    public void English_TitleWithAnUnknownCommonWord_IsNotGlossed()
        => Assert.Null(TitleGloss.English("kontraktor asal Surabaya"));
}
