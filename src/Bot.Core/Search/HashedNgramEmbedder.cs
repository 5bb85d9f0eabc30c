using Bot.Core.Language;
using Microsoft.Extensions.AI;

namespace Bot.Core.Search;

/// <summary>
/// A model-free embedding: analyzed word terms and character 3-grams of the surface words,
/// hashed with random signs into a fixed number of dimensions and L2-normalized. The n-grams let
/// spelling variants and cognates meet (Ukraine/Ukraina, diplomacy/diplomasi) where BM25 cannot.
/// </summary>
public sealed class HashedNgramEmbedder : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Weight of a whole analyzed term relative to one of its character n-grams.</summary>
    private const float TermWeight = 1.0f;

    /// <summary>
    /// Weight of a word's n-grams together, spread as 1/sqrt(count) each so that a word's n-gram
    /// energy equals its term energy whatever its length.
    /// </summary>
    private const float NgramWeight = 1.0f;

    private readonly TermAnalyzer _analyzer;

    public HashedNgramEmbedder(TermAnalyzer? analyzer = null, int dimensions = SearchConstants.HashedDimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 16);
        _analyzer = analyzer ?? TermAnalyzer.Default;
        Dimensions = dimensions;
        Metadata = new EmbeddingGeneratorMetadata("hashed-ngrams", defaultModelId: $"hashed-ngrams-{dimensions}", defaultModelDimensions: dimensions);
    }

    public int Dimensions { get; }

    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <summary>Embeds synchronously into <paramref name="target"/> (length <see cref="Dimensions"/>).</summary>
    public void Embed(string text, Span<float> target)
    {
        ArgumentNullException.ThrowIfNull(text);
        target.Clear();
        Accumulate(text, _analyzer.DocumentTerms(text), target);
        VectorIndex.Normalize(target);
    }

    /// <summary>
    /// Adds the unnormalised features of <paramref name="text"/>, whose analysed terms are
    /// <paramref name="terms"/>, to <paramref name="target"/>. Features add up, so a passage's
    /// vector is the normalised sum of its sentences' and a sentence shared by two passages is
    /// embedded once. A build passes one <paramref name="ngrams"/> cache for all its texts.
    /// </summary>
    internal void Accumulate(string text, IReadOnlyList<string> terms, Span<float> target, WordNgramCache? ngrams = null)
    {
        foreach (var term in terms)
        {
            Add(target, term.AsSpan(), 'T', TermWeight);
        }

        var scanner = new TokenScanner(text);
        while (scanner.Next(out var start, out var length, out var kind))
        {
            if (kind != TokenKind.Word || length < 3 || length > 64)
            {
                continue;
            }

            var surface = text.AsSpan(start, length);
            if (ngrams is not null && ngrams.TryGet(surface, out var cached))
            {
                foreach (var (index, value) in cached)
                {
                    target[index] += value;
                }

                continue;
            }

            var features = WordNgrams(surface);
            foreach (var (index, value) in features)
            {
                target[index] += value;
            }

            ngrams?.Add(surface, features);
        }
    }

    /// <summary>A word's character 3-gram features: the dimension each hashes to and its signed weight.</summary>
    private (int Index, float Value)[] WordNgrams(ReadOnlySpan<char> surface)
    {
        Span<char> padded = stackalloc char[66];
        padded[0] = '<';
        var length = surface.ToLowerInvariant(padded[1..]);
        padded[length + 1] = '>';
        var word = padded[..(length + 2)];
        var grams = word.Length - 2;
        var weight = NgramWeight / MathF.Sqrt(grams);
        var features = new (int, float)[grams];
        for (var i = 0; i < grams; i++)
        {
            var (index, sign) = Feature(word.Slice(i, 3), 'G');
            features[i] = (index, sign * weight);
        }

        return features;
    }

    public float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        Embed(text, vector);
        return vector;
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(Embed(value)) { ModelId = Metadata.DefaultModelId });
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
    }

    private void Add(Span<float> target, ReadOnlySpan<char> feature, char kind, float weight)
    {
        var (index, sign) = Feature(feature, kind);
        target[index] += sign * weight;
    }

    /// <summary>The dimension a feature hashes to and its random sign.</summary>
    private (int Index, float Sign) Feature(ReadOnlySpan<char> feature, char kind)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode, so vectors can be cached.
        var hash = 2166136261u ^ kind;
        hash *= 16777619u;
        foreach (var c in feature)
        {
            hash ^= c;
            hash *= 16777619u;
        }

        return ((int)(hash % (uint)Dimensions), (hash & 0x80000000u) == 0 ? 1f : -1f);
    }
}
