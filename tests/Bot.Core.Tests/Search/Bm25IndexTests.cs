using Bot.Core.Language;
using Bot.Core.Search;

namespace Bot.Core.Tests.Search;

public sealed class Bm25IndexTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Documents =
    [
        ["austin", "telepon", "shoigu"],
        ["biden", "putin", "bali"],
        ["austin", "austin", "austin", "lain", "lain", "lain", "lain", "lain", "lain"],
        ["telepon", "rusia"],
    ];

    [Fact]
    public void Search_RanksDocumentsMatchingMoreRareTermsFirst()
    {
        var index = Bm25Index.Build(Documents);

        var hits = index.Search([new QueryTerm("austin", 1, "q"), new QueryTerm("shoigu", 1, "q")], 10);

        Assert.Equal(0, hits[0].Doc);
        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public void Idf_IsHigherForRarerTerms()
    {
        var index = Bm25Index.Build(Documents);

        Assert.True(index.Idf("shoigu") > index.Idf("telepon"));
        Assert.Equal(0, index.Idf("absent"));
    }

    [Fact]
    public void Search_LongerDocumentsAreNormalized()
    {
        var index = Bm25Index.Build(Documents);

        var hits = index.Search([new QueryTerm("austin", 1, "q")], 10);

        // Document 2 repeats "austin" three times but is three times longer; saturation and length norm keep it close.
        Assert.Equal(2, hits.Count);
        Assert.True(hits[0].Score < 2 * hits[1].Score);
    }

    [Fact]
    public void Search_WeightScalesTheContributionOfATerm()
    {
        var index = Bm25Index.Build(Documents);

        var full = index.Search([new QueryTerm("bali", 1, "q")], 1)[0].Score;
        var half = index.Search([new QueryTerm("bali", 0.5, "q")], 1)[0].Score;

        Assert.Equal(full / 2, half, 5);
    }

    [Fact]
    public void Search_ReturnsAtMostTop()
    {
        var index = Bm25Index.Build(Documents);

        Assert.Single(index.Search([new QueryTerm("telepon", 1, "q")], 1));
        Assert.Empty(index.Search([new QueryTerm("absent", 1, "q")], 5));
    }

    [Fact]
    public void Build_OfAKnowledgeBase_ScoresAsAnIndexOfEachPassagesTerms()
    {
        // 250 articles: the analysis runs on every core and shares sentences between windows.
        var articles = Enumerable.Range(0, 250)
            .Select(i => new Bot.Core.Articles.Article($"a{i}", $"Judul {i}", null, null, [], [], null, [new Bot.Core.Articles.ArticleBlock($"Austin menelepon Shoigu {i % 7}. Gunung berapi meletus {i % 11} kali. Warga desa {i % 13} mengungsi. Banjir melanda kota {i % 5}.", Bot.Core.Articles.BlockKind.Body)], $"a{i}"))
            .ToList();
        var knowledgeBase = KnowledgeBase.Build(articles);
        var reference = Bm25Index.Build([.. knowledgeBase.Passages.Select(p => TermAnalyzer.Default.DocumentTerms(p.Text))]);
        QueryTerm[] query = [new("telepon", 1, "q"), new("gunung", 1, "q"), new("3", 0.5, "q"), new("desa", 1, "q"), new("12", 1, "q")];

        var built = knowledgeBase.Retriever.Lexical.Search(query, 50);
        var expected = reference.Search(query, 50);

        Assert.Equal(expected.Count, built.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Score, built[i].Score, 5);
        }

        Assert.Equal(reference.Idf("austin"), knowledgeBase.Retriever.Lexical.Idf("austin"), 9);
    }
}
