using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Embeddings;

namespace Bot.Ai;

/// <summary>
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over the OpenAI package's
/// <see cref="EmbeddingClient"/>, sending the texts in batches of a configured size.
/// </summary>
internal sealed class OpenAiEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingClient _client;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly int _batchSize;
    private readonly string _model;

    public OpenAiEmbeddingGenerator(OpenAIClient client, string model, Uri? endpoint, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _client = client.GetEmbeddingClient(model);
        _metadata = new EmbeddingGeneratorMetadata("openai", endpoint, model);
        _batchSize = batchSize;
        _model = model;
    }

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        Microsoft.Extensions.AI.EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToList();
        var generated = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        long inputTokens = 0;
        foreach (var batch in texts.Chunk(_batchSize))
        {
            var request = new OpenAI.Embeddings.EmbeddingGenerationOptions { Dimensions = options?.Dimensions };
            var result = await _client.GenerateEmbeddingsAsync(batch, request, cancellationToken).ConfigureAwait(false);
            var embeddings = result.Value;
            if (embeddings.Count != batch.Length)
            {
                throw new InvalidDataException($"The embedding model returned {embeddings.Count} vectors for {batch.Length} texts.");
            }

            foreach (var embedding in embeddings.OrderBy(e => e.Index))
            {
                generated.Add(new Embedding<float>(embedding.ToFloats())
                {
                    ModelId = string.IsNullOrEmpty(embeddings.Model) ? _model : embeddings.Model,
                });
            }

            inputTokens += embeddings.Usage?.InputTokenCount ?? 0;
        }

        generated.Usage = new UsageDetails { InputTokenCount = inputTokens, TotalTokenCount = inputTokens };
        return generated;
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType == typeof(EmbeddingClient) ? _client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The OpenAI client owns no disposable resources of its own.
    }
}
