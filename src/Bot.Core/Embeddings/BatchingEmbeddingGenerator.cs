using Microsoft.Extensions.AI;

namespace Bot.Core.Embeddings;

/// <summary>
/// Sends texts to the embedding model in batches of a fixed size (servers limit the inputs of one
/// request; llama.cpp's default batch is the tightest we know of) and checks that every batch
/// comes back with one vector per text, in order.
/// </summary>
internal sealed class BatchingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly int _batchSize;

    public BatchingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> innerGenerator, int batchSize)
        : base(innerGenerator)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _batchSize = batchSize;
    }

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToList();
        var generated = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        long inputTokens = 0;
        foreach (var batch in texts.Chunk(_batchSize))
        {
            var embeddings = await base.GenerateAsync(batch, options, cancellationToken).ConfigureAwait(false);
            if (embeddings.Count != batch.Length)
            {
                throw new InvalidDataException($"The embedding model returned {embeddings.Count} vectors for {batch.Length} texts.");
            }

            generated.AddRange(embeddings);
            inputTokens += embeddings.Usage?.InputTokenCount ?? 0;
        }

        generated.Usage = new UsageDetails { InputTokenCount = inputTokens, TotalTokenCount = inputTokens };
        return generated;
    }
}
