using Bot.Bench.Summaries.MultiDocument;
using Bot.Core.Articles;

namespace Bot.Tests.Bench.Summaries;

public sealed class MultiDocumentBenchTests
{
    private static Article News(string id, string outlet, int day, params string[] paragraphs) => new(
        id,
        paragraphs[0][..Math.Min(60, paragraphs[0].Length)],
        outlet,
        new PublicationDate(new DateOnly(2019, 9, day), null, null, true, "test"),
        [],
        [],
        null,
        [.. paragraphs.Select(p => new ArticleBlock(p, BlockKind.Body))],
        id);

    private static readonly Article FireA = News(
        "fire-a", "okezone", 14,
        "Kebakaran menghanguskan dua ruko di Pasar Modern Bintaro, Pondok Aren, Tangerang Selatan, Sabtu (14/9/2019) malam.",
        "Petugas Damkar Tangerang Selatan mengerahkan enam mobil pemadam ke lokasi kebakaran.",
        "Sekuriti bernama Sodikin menerima laporan pertama dari petugas patroli.");

    private static readonly Article FireB = News(
        "fire-b", "sindonews", 14,
        "Dua ruko di Pasar Modern Bintaro, Pondok Aren, Tangerang Selatan, hangus dalam kebakaran Sabtu (14/9/2019) malam.",
        "Enam mobil pemadam dikerahkan petugas Damkar Tangerang Selatan ke lokasi kebakaran.",
        "Api diduga berasal dari korsleting listrik di lantai dua.");

    private static readonly Article Flood = News(
        "flood", "tempo", 14,
        "Banjir merendam ratusan rumah warga di Kecamatan Medan Johor, Kota Medan, Sumatera Utara.",
        "Wali Kota Medan Dzulmi Eldin meninjau posko pengungsian bersama Kapolrestabes Medan.");

    private static readonly Article FireLater = FireB with { Id = "fire-later", Outlet = "kompas", Published = new PublicationDate(new DateOnly(2019, 9, 24), null, null, true, "test") };

    [Fact]
    public void Find_TwoOutletsOneStory_OneGroupWithoutTheOtherStoryOrALateRetelling()
    {
        var groups = StoryGroupFinder.Find([FireA, Flood, FireB, FireLater]);

        var group = Assert.Single(groups);
        Assert.Equal(["fire-a", "fire-b"], group.Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Facts_SentencesTwoOutletsShare_AreTheGroupsFacts()
    {
        var facts = StoryFacts.From([FireA.Blocks.Select(b => b.Text).ToList(), FireB.Blocks.Select(b => b.Text).ToList()]);

        // The fire and the six fire engines are told by both; Sodikin and the short circuit by one each.
        Assert.Equal(2, facts.Count);
        Assert.Single(facts.FactsIn("Enam mobil pemadam dikerahkan Damkar Tangerang Selatan ke lokasi kebakaran."));
        Assert.Empty(facts.FactsIn("Api diduga berasal dari korsleting listrik di lantai dua."));
        Assert.Equal([0, 1], facts.ArticlesStating("Petugas Damkar Tangerang Selatan mengerahkan enam mobil pemadam ke lokasi kebakaran.").Order());
    }

    [Fact]
    public void Run_OneGroup_OursCitesBothOutletsAndLeadsInTurnRepeat()
    {
        var report = new MultiDocumentRunner(TextWriter.Null).Run("tiny", [[FireA, FireB]]);

        Assert.Equal(1, report.Groups);
        Assert.Equal(2, report.FactsPerGroup);
        var ours = report.Systems.Single(s => s.System == MultiDocumentRunner.Ours);
        var leads = report.Systems.Single(s => s.System == MultiDocumentRunner.EveryLead);
        Assert.Equal(0, ours.RepeatedSentences);
        Assert.True(leads.RepeatedSentences > 0, "the two leads tell the same fire");
        Assert.True(ours.FactsCovered >= 1);
        Assert.True(report.Ours.SentencesCitingSeveral > 0, "a fact both outlets state is cited to both");
        Assert.InRange(report.Ours.CitationPrecision, 0.99, 1.0);
        Assert.Equal(1, report.Ours.StoriesWithEventDay);
    }

    [Theory]
    [InlineData("Jakarta, CNN Indonesia - - Banjir merendam rumah warga.", true)]
    [InlineData("TEMPO.CO, Jakarta - Presiden meresmikan bendungan.", true)]
    [InlineData("Presiden meresmikan bendungan - yang baru - di Jawa Barat.", false)]
    [InlineData("Banjir merendam rumah warga.", false)]
    public void StartsWithDateline_NamesThenADash(string sentence, bool expected)
    {
        Assert.Equal(expected, MultiDocumentRunner.StartsWithDateline(sentence));
    }
}
