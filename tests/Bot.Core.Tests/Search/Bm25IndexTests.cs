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
}
