using System.Collections.Concurrent;
using Bot.Core.Search;
using Microsoft.Extensions.AI;

namespace Bot.Bench.Embeddings;

/// <summary>
/// Remembers vectors in memory by text and kind (question or passage) for one benchmark run: a
/// question is embedded once though the hybrid and vector retrievers and the answerer all ask.
/// </summary>
internal sealed class MemoizingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    private readonly ConcurrentDictionary<(bool Query, string Text), Embedding<float>> _known = new();

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var query = EmbeddingInput.IsQuery(options);
        var texts = values.ToList();
        var missing = texts.Where(t => !_known.ContainsKey((query, t))).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var fresh = await base.GenerateAsync(missing, options, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < missing.Count; i++)
            {
                _known[(query, missing[i])] = fresh[i];
            }
        }

        return new GeneratedEmbeddings<Embedding<float>>(texts.Select(t => _known[(query, t)]));
    }
}
