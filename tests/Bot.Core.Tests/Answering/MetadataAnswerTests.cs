using Bot.Core.Answering.Extractive;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Answering;

/// <summary>Bylines, editors, outlets, dates and sources answered from the articles' own metadata lines.</summary>
public sealed class MetadataAnswerTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Build(
    [
        ArticleParser.Parse("flood", """
            Banjir Besar Rendam Ribuan Rumah di Kota Semarang
            warta.com
            3 Maret 2023, 08:15 WIB
            Penulis: Dewi Lestari
            Editor: Budi Santoso

            Semarang, Warta -- Banjir merendam ribuan rumah warga di Semarang sejak Kamis malam.
            Wali kota meminta warga mengungsi ke sekolah terdekat.
            Sumber: Antara
            """, "flood.txt"),
        ArticleParser.Parse("election", """
            Komisi Pemilihan Umum Tetapkan Jadwal Debat Calon Gubernur
            KABAR HARIAN - Komisi Pemilihan Umum menetapkan tiga kali debat calon gubernur.
            Debat pertama digelar di Surabaya pada April.
            Penulis: Rina Wati
            """, "election.txt"),
    ]));

    private static Bot.Core.Answering.Contracts.Answer Ask(string question) => new ExtractiveAnswerer(Knowledge.Value).Answer(question);

    [Theory]
    [InlineData("Who wrote the article about the flood in Semarang?", "Dewi Lestari", "flood")]
    [InlineData("Siapa penulis berita debat calon gubernur?", "Rina Wati", "election")]
    [InlineData("Siapa editor artikel Warta tentang banjir?", "Budi Santoso", "flood")]
    [InlineData("Which outlet ran the story 'Komisi Pemilihan Umum Tetapkan Jadwal Debat Calon Gubernur'?", "Kabar Harian", "election")]
    [InlineData("When was the Warta article published?", "3 March 2023", "flood")]
    [InlineData("Apa sumber berita banjir Semarang?", "Antara", "flood")]
    public void Answer_MetadataQuestion_IsAnsweredFromTheArticleAndCitesIt(string question, string expected, string article)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Equal(article, Assert.Single(answer.Citations).Article);
        Assert.Contains("[1]", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who edited the article on the governor debates?")]
    [InlineData("What source is the election report based on?")]
    public void Answer_ArticleWithoutTheLineAsked_SaysSoInsteadOfGuessing(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("does not name", answer.Text, StringComparison.Ordinal);
        Assert.Equal("election", Assert.Single(answer.Citations).Article);
    }

    [Fact]
    public void Answer_OutletWrittenAsBrandInTheDateline_IsNamedNotUnknown()
    {
        var answer = Ask("Media apa yang memberitakan banjir di Semarang?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Warta", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WhoWroteSomethingInTheStory_IsNotTakenForAByline()
    {
        // No article is named: "who asked" is about the story, so the byline must not answer it.
        var answer = Ask("Who asked residents to evacuate?");

        Assert.DoesNotContain("Dewi Lestari", answer.Text, StringComparison.Ordinal);
    }
}
