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
        // Scores come from byte codes: within a hundredth of the float cosine.
        Assert.Equal(0.96, hits[0].Score, 2);
        Assert.Equal(0.8, hits[1].Score, 2);
    }

    [Fact]
    public void Search_QuantisedFindsTheSameTopTenAsExactCosine()
    {
        // A fixed set larger than the re-scoring pool: 2,000 topics of 10 passages each in 256
        // dimensions (each passage its topic's direction plus noise, cosine about 0.7 to it), and
        // queries near a topic, as a question is near, not equal to, the passages that answer it.
        const int topics = 2_000;
        const int perTopic = 10;
        const int count = topics * perTopic;
        const int dimensions = 256;
        var random = new Random(20261201);
        var centres = new float[topics * dimensions];
        for (var i = 0; i < centres.Length; i++)
        {
            centres[i] = Gaussian(random);
        }

        var matrix = new float[count * dimensions];
        for (var doc = 0; doc < count; doc++)
        {
            var topic = doc / perTopic;
            for (var i = 0; i < dimensions; i++)
            {
                matrix[(doc * dimensions) + i] = centres[(topic * dimensions) + i] + Gaussian(random);
            }

            Normalize(matrix.AsSpan(doc * dimensions, dimensions));
        }

        var index = new VectorIndex(matrix, dimensions);
        for (var q = 0; q < 40; q++)
        {
            var near = random.Next(topics);
            var query = new float[dimensions];
            for (var i = 0; i < dimensions; i++)
            {
                query[i] = centres[(near * dimensions) + i] + Gaussian(random);
            }

            Normalize(query);
            var exact = Enumerable.Range(0, count)
                .Select(doc => (Doc: doc, Score: Dot(query, matrix.AsSpan(doc * dimensions, dimensions))))
                .OrderByDescending(h => h.Score)
                .Take(10)
                .ToList();

            var quantised = index.Search(query, 10);

            AssertSameTop(exact, quantised, q => Dot(query, matrix.AsSpan(q * dimensions, dimensions)));
        }
    }

    [Fact]
    public void Search_QuantisedFindsTheSameTopFiveAsExactOnHashedPassages()
    {
        // The model-free embedding of every sentence of the seed articles against the dev
        // questions: sparse hashed vectors, where sign bits are a coarser filter than on dense ones.
        var embedder = new HashedNgramEmbedder();
        var sentences = SeedSentences();
        var matrix = new float[sentences.Count * embedder.Dimensions];
        for (var i = 0; i < sentences.Count; i++)
        {
            embedder.Embed(sentences[i], matrix.AsSpan(i * embedder.Dimensions, embedder.Dimensions));
        }

        var index = new VectorIndex(matrix, embedder.Dimensions);
        foreach (var question in Questions)
        {
            var query = embedder.Embed(question);
            var exact = Enumerable.Range(0, sentences.Count)
                .Select(doc => (Doc: doc, Score: Dot(query, matrix.AsSpan(doc * embedder.Dimensions, embedder.Dimensions))))
                .OrderByDescending(h => h.Score)
                .Take(5)
                .ToList();

            // Few enough candidates that the sign-bit pass does the filtering.
            var quantised = index.Search(query, 5);

            AssertSameTop(exact, quantised, q => Dot(query, matrix.AsSpan(q * embedder.Dimensions, embedder.Dimensions)));
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(384)]
    public void Search_AtOtherWidths_FindsAStoredVectorFirst(int dimensions)
    {
        // 3,000 vectors: more than the re-scoring pool, so the sign-bit pass picks the candidates.
        var random = new Random(dimensions);
        const int count = 3_000;
        var matrix = new float[count * dimensions];
        for (var i = 0; i < matrix.Length; i++)
        {
            matrix[i] = Gaussian(random);
        }

        for (var doc = 0; doc < count; doc++)
        {
            Normalize(matrix.AsSpan(doc * dimensions, dimensions));
        }

        var index = new VectorIndex(matrix, dimensions);
        foreach (var target in new[] { 0, 1, 1_499, 2_998, 2_999 })
        {
            var hits = index.Search(matrix.AsSpan(target * dimensions, dimensions), 5);

            Assert.Equal(target, hits[0].Doc);
            Assert.Equal(1.0, hits[0].Score, 2);
        }
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

    private static readonly string[] Questions =
    [
        "When did Austin last call Shoigu?",
        "Kapan terakhir kali Austin menelepon Shoigu?",
        "Apa yang dibahas menteri pertahanan AS dan Rusia?",
        "Who confirmed the contact with Shoigu?",
        "Berapa lama percakapan telepon itu berlangsung?",
    ];

    /// <summary>
    /// The same top hits as exact search: the i-th quantised hit is as close as the i-th exact one
    /// (to within the byte codes' rounding, 0.005 of cosine), and the two lists name the same
    /// passages, except where two exact scores are that close (a tie the rounding may break either way).
    /// </summary>
    private static void AssertSameTop(List<(int Doc, double Score)> exact, IReadOnlyList<(int Doc, double Score)> quantised, Func<int, double> exactScore)
    {
        const double rounding = 0.005;
        Assert.Equal(exact.Count, quantised.Count);
        for (var i = 0; i < exact.Count; i++)
        {
            Assert.True(exactScore(quantised[i].Doc) >= exact[i].Score - rounding, $"hit {i}: {quantised[i].Doc} scores {exactScore(quantised[i].Doc):0.0000}, exact has {exact[i].Doc} at {exact[i].Score:0.0000}");
            Assert.InRange(Math.Abs(exactScore(quantised[i].Doc) - quantised[i].Score), 0, rounding);
        }

        var missing = exact.Select(h => h.Doc).Except(quantised.Select(h => h.Doc)).ToList();
        Assert.All(missing, doc => Assert.True(exactScore(doc) <= exact[^1].Score + rounding, $"{doc} is missing"));
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    private static double Dot(float[] a, ReadOnlySpan<float> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void Normalize(Span<float> vector)
    {
        var norm = MathF.Sqrt(vector.ToArray().Sum(x => x * x));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }
    }

    private static float Gaussian(Random random)
        => (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));

    /// <summary>Sentences of the repository's articles, each repeated in its ten-word windows so the set outgrows the re-scoring pool.</summary>
    private static List<string> SeedSentences()
    {
        var folder = Path.Combine(RepositoryRoot(), "articles");
        var words = Directory.GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var windows = new List<string>();
        for (var start = 0; start + 10 <= words.Count; start++)
        {
            windows.Add(string.Join(' ', words.Skip(start).Take(10)));
        }

        return windows;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Bot.sln not found above the test folder.");
    }
}
