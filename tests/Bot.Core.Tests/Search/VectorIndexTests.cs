using Bot.Core.Search;

namespace Bot.Core.Tests.Search;

public sealed class VectorIndexTests
{
    [Fact]
    public void Search_ReturnsNearestByCosineBestFirst()
    {
        float[] matrix = [1, 0, 0, 0, 1, 0, 0.6f, 0.8f, 0];
        var index = new VectorIndex(matrix, 3);

        var hits = index.Search([0.8f, 0.6f, 0], 2);

        Assert.Equal([2, 0], hits.Select(h => h.Doc));
        Assert.Equal(0.96, hits[0].Score, 5);
        Assert.Equal(0.8, hits[1].Score, 5);
    }

    [Fact]
    public void Search_RejectsQueryOfWrongDimensions()
    {
        var index = new VectorIndex(new float[6], 3);

        Assert.Throws<ArgumentException>(() => index.Search([1f, 0f], 1));
    }

    [Fact]
    public void Embedder_MakesSpellingVariantsCloserThanUnrelatedWords()
    {
        var embedder = new HashedNgramEmbedder();

        var ukraine = embedder.Embed("Ukraine");
        var ukraina = embedder.Embed("Ukraina");
        var bali = embedder.Embed("Bali");

        Assert.True(Dot(ukraine, ukraina) > 0.3);
        Assert.True(Dot(ukraine, ukraina) > Dot(ukraine, bali) + 0.2);
    }

    [Fact]
    public void Embedder_IsDeterministicAndNormalized()
    {
        var embedder = new HashedNgramEmbedder();

        var a = embedder.Embed("Menteri Pertahanan Rusia");
        var b = embedder.Embed("Menteri Pertahanan Rusia");

        Assert.Equal(a, b);
        Assert.Equal(1.0, Dot(a, a), 4);
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
