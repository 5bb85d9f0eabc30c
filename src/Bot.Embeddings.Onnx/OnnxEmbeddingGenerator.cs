using System.Numerics.Tensors;
using Bot.Core.Search;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;

namespace Bot.Embeddings.Onnx;

/// <summary>
/// Sentence embeddings from a BERT-family model in process: texts are tokenized, sorted by
/// length and run in batches padded to their longest text, the token vectors pooled under the
/// attention mask (mean, or [CLS]) and L2-normalised. Questions and passages get the model's
/// prefixes (<see cref="EmbeddingInput"/> tells them apart). Thread-safe.
/// </summary>
public sealed class OnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly InferenceSession _session;
    private readonly ITokenEncoder _encoder;
    private readonly OnnxEmbeddingOptions _options;
    private readonly string _outputName;
    private readonly bool _pooledOutput;
    private readonly bool _usesTokenTypes;

    public OnnxEmbeddingGenerator(OnnxEmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _options = options;
        var vocab = options.ResolveVocabPath()!;
        _encoder = vocab.EndsWith(".model", StringComparison.OrdinalIgnoreCase)
            ? new SentencePieceEncoder(vocab)
            : new WordPieceEncoder(vocab, options.LowerCase);
        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount,
        };
        try
        {
            _session = new InferenceSession(options.OnnxModelPath!, sessionOptions);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidOperationException($"Ai:Embeddings:OnnxModelPath: ONNX Runtime cannot load '{options.OnnxModelPath}': {e.Message}", e);
        }

        foreach (var required in new[] { "input_ids", "attention_mask" })
        {
            if (!_session.InputMetadata.ContainsKey(required))
            {
                _session.Dispose();
                throw new InvalidOperationException($"Ai:Embeddings:OnnxModelPath: the model has no '{required}' input (it has {string.Join(", ", _session.InputMetadata.Keys)}); export it with the tokenizer's inputs.");
            }
        }

        _usesTokenTypes = _session.InputMetadata.ContainsKey("token_type_ids");
        var output = _session.OutputMetadata.First();
        _outputName = output.Key;
        _pooledOutput = output.Value.Dimensions.Length == 2;
        Dimensions = output.Value.Dimensions[^1];
        if (Dimensions <= 0)
        {
            _session.Dispose();
            throw new InvalidOperationException($"Ai:Embeddings:OnnxModelPath: the output '{_outputName}' has no fixed vector size.");
        }

        ModelId = Path.GetFileNameWithoutExtension(Path.GetDirectoryName(Path.GetFullPath(options.OnnxModelPath!)) ?? "") is { Length: > 0 } folder
            ? $"{folder}/{Path.GetFileName(options.OnnxModelPath)}"
            : Path.GetFileName(options.OnnxModelPath!);
        Metadata = new EmbeddingGeneratorMetadata("onnx", defaultModelId: ModelId, defaultModelDimensions: Dimensions);
    }

    /// <summary>The length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>The model file's folder and name, e.g. <c>multilingual-e5-small/model.onnx</c>.</summary>
    public string ModelId { get; }

    public EmbeddingGeneratorMetadata Metadata { get; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var prefix = EmbeddingInput.IsQuery(options) ? _options.QueryPrefix : _options.PassagePrefix;
        var encoded = values.Select(v => _encoder.Encode(prefix + v, _options.MaxTokens)).ToList();
        var vectors = new float[encoded.Count][];

        // Sorted by length, a batch pads its texts to nearly their own length.
        var order = Enumerable.Range(0, encoded.Count).OrderBy(i => encoded[i].Count).ToList();
        for (var start = 0; start < order.Count; start += _options.BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.Skip(start).Take(_options.BatchSize).ToList();
            var pooled = Run(batch.Select(i => encoded[i]).ToList());
            for (var b = 0; b < batch.Count; b++)
            {
                vectors[batch[b]] = pooled[b];
            }
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        foreach (var vector in vectors)
        {
            result.Add(new Embedding<float>(vector) { ModelId = ModelId });
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose() => _session.Dispose();

    private float[][] Run(List<IReadOnlyList<int>> batch)
    {
        var rows = batch.Count;
        var length = batch.Max(t => t.Count);
        var ids = new long[rows * length];
        var mask = new long[rows * length];
        Array.Fill(ids, _encoder.PaddingId);
        for (var r = 0; r < rows; r++)
        {
            for (var t = 0; t < batch[r].Count; t++)
            {
                ids[(r * length) + t] = batch[r][t];
                mask[(r * length) + t] = 1;
            }
        }

        long[] shape = [rows, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = _usesTokenTypes ? OrtValue.CreateTensorValueFromMemory(new long[rows * length], shape) : null;
        var inputs = new Dictionary<string, OrtValue> { ["input_ids"] = idsValue, ["attention_mask"] = maskValue };
        if (typesValue is not null)
        {
            inputs["token_type_ids"] = typesValue;
        }

        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, inputs, [_outputName]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var pooled = new float[rows][];
        for (var r = 0; r < rows; r++)
        {
            var vector = new float[Dimensions];
            if (_pooledOutput)
            {
                hidden.Slice(r * Dimensions, Dimensions).CopyTo(vector);
            }
            else if (_options.Pooling == EmbeddingPooling.Cls)
            {
                hidden.Slice(r * length * Dimensions, Dimensions).CopyTo(vector);
            }
            else
            {
                var tokens = batch[r].Count;
                for (var t = 0; t < tokens; t++)
                {
                    TensorPrimitives.Add(vector, hidden.Slice(((r * length) + t) * Dimensions, Dimensions), vector);
                }

                TensorPrimitives.Divide(vector, tokens, vector);
            }

            var norm = TensorPrimitives.Norm(vector);
            if (norm > 0)
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }

            pooled[r] = vector;
        }

        return pooled;
    }
}
