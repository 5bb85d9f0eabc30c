using System.Numerics.Tensors;
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
    /// embedded once.
    /// </summary>
    internal void Accumulate(string text, IReadOnlyList<string> terms, Span<float> target)
    {
        foreach (var term in terms)
        {
            Add(target, term.AsSpan(), 'T', TermWeight);
        }

        Span<char> padded = stackalloc char[66];
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind != TokenKind.Word || token.Length < 3 || token.Length > 64)
            {
                continue;
            }

            padded[0] = '<';
            var length = token.Text.AsSpan().ToLowerInvariant(padded[1..]);
            padded[length + 1] = '>';
            var word = padded[..(length + 2)];
            var grams = word.Length - 2;
            var weight = NgramWeight / MathF.Sqrt(grams);
            for (var i = 0; i < grams; i++)
            {
                Add(target, word.Slice(i, 3), 'G', weight);
            }
        }
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
        // FNV-1a: stable across processes, unlike string.GetHashCode, so vectors can be cached.
        var hash = 2166136261u ^ kind;
        hash *= 16777619u;
        foreach (var c in feature)
        {
            hash ^= c;
            hash *= 16777619u;
        }

        var index = (int)(hash % (uint)Dimensions);
        var sign = (hash & 0x80000000u) == 0 ? 1f : -1f;
        target[index] += sign * weight;
    }
}
