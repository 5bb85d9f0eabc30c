using Microsoft.Extensions.AI;

namespace Bot.Core.Embeddings;

public static class EmbeddingGeneratorBuilderExtensions
{
    /// <summary>Sends at most <paramref name="batchSize"/> texts per request.</summary>
    public static EmbeddingGeneratorBuilder<string, Embedding<float>> UseBatches(this EmbeddingGeneratorBuilder<string, Embedding<float>> builder, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new BatchingEmbeddingGenerator(inner, batchSize));
    }

    /// <summary>Remembers every vector on disk in <paramref name="directory"/>, one file per model.</summary>
    public static EmbeddingGeneratorBuilder<string, Embedding<float>> UseDiskCache(this EmbeddingGeneratorBuilder<string, Embedding<float>> builder, string directory, string model)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new DiskCachedEmbeddingGenerator(inner, directory, model));
    }
}
