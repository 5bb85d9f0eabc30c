using Bot.Core.Search;
using Microsoft.Extensions.AI;

namespace Bot.Bench.Embeddings;

/// <summary>
/// The hashed n-gram vector and a model's vector side by side in one unit vector, each unit
/// length and weighted equally, so the cosine of two fused vectors is the mean of the two
/// cosines: spelling variants from the n-grams, meaning from the model.
/// </summary>
internal sealed class FusedEmbeddingGenerator(HashedNgramEmbedder hashed, IEmbeddingGenerator<string, Embedding<float>> model) : IEmbeddingGenerator<string, Embedding<float>>
{
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToList();
        var modelVectors = await model.GenerateAsync(texts, options, cancellationToken).ConfigureAwait(false);
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        var scale = MathF.Sqrt(0.5f);
        for (var i = 0; i < texts.Count; i++)
        {
            var m = modelVectors[i].Vector.Span;
            var fused = new float[hashed.Dimensions + m.Length];
            hashed.Embed(texts[i], fused.AsSpan(0, hashed.Dimensions));
            m.CopyTo(fused.AsSpan(hashed.Dimensions));
            for (var j = 0; j < fused.Length; j++)
            {
                fused[j] *= scale;
            }

            result.Add(new Embedding<float>(fused));
        }

        return result;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
