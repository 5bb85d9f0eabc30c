using Bot.Core.Articles;
using Bot.Core.Summaries;

namespace Bot.Core.Tests.Summaries;

public sealed class StoryGrouperTests
{
    private static Article Make(string id, string published, params string[] paragraphs)
        => new(
            id,
            "Judul " + id,
            "Outlet",
            new PublicationDate(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), null, null, true, published),
            [],
            [],
            null,
            [.. paragraphs.Select(p => new ArticleBlock(p, BlockKind.Body))],
            id);

    [Fact]
    public void Group_SeedArticles_TwoStoriesWithTheirEventDates()
    {
        var stories = StoryGrouper.Group(SeedCorpus.KnowledgeBase);

        Assert.Collection(
            stories,
            may =>
            {
                Assert.Equal(new DateOnly(2022, 5, 13), may.EventDate);
                Assert.Equal(["000", "001"], may.Articles.Select(a => a.Id[..3]).Order(StringComparer.Ordinal));
            },
            october =>
            {
                Assert.Equal(new DateOnly(2022, 10, 21), october.EventDate);
                Assert.Equal(["002", "003", "004"], october.Articles.Select(a => a.Id[..3]).Order(StringComparer.Ordinal));
            });
    }

    [Fact]
    public void Group_SameNamesOnDifferentDays_SeparateStories()
    {
        var kb = KnowledgeBase.Build(
        [
            Make("a", "2023-03-02", "Presiden Joko Widodo meresmikan Bendungan Karian di Banten pada Rabu (1/3/2023). Bendungan itu mengairi sawah warga."),
            Make("b", "2023-06-09", "Presiden Joko Widodo meresmikan Bendungan Sadawarna di Subang pada Kamis (8/6/2023). Bendungan itu juga mengairi sawah."),
        ]);

        var stories = StoryGrouper.Group(kb);

        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void Group_SameDayAndNames_OneStoryDatedByTheMajority()
    {
        var kb = KnowledgeBase.Build(
        [
            Make("a", "2023-03-02", "Presiden Joko Widodo meresmikan Bendungan Karian di Banten pada Rabu (1/3/2023). Bendungan itu mengairi sawah warga."),
            Make("b", "2023-03-02", "Bendungan Karian di Lebak diresmikan Presiden Joko Widodo pada Rabu (1/3/2023). Warga Banten menyambut gembira."),
            Make("c", "2023-03-03", "Gempa mengguncang Kabupaten Garut pada Kamis (2/3/2023). Tidak ada korban jiwa menurut Badan Meteorologi."),
        ]);

        var stories = StoryGrouper.Group(kb);

        var dam = Assert.Single(stories, s => s.Articles.Count == 2);
        Assert.Equal(new DateOnly(2023, 3, 1), dam.EventDate);
        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void Group_NoDatesAndUnrelatedTexts_EachArticleItsOwnStory()
    {
        var kb = KnowledgeBase.Build(
        [
            Make("a", "2023-03-02", "Tim nasional menang dalam pertandingan sepak bola melawan Vietnam. Pelatih memuji pemain."),
            Make("b", "2023-03-02", "Harga beras naik di pasar tradisional Jakarta. Pedagang mengeluhkan pasokan dari Karawang."),
        ]);

        var stories = StoryGrouper.Group(kb);

        Assert.All(stories, s => Assert.Single(s.Articles));
        Assert.All(stories, s => Assert.Null(s.EventDate));
    }
}
