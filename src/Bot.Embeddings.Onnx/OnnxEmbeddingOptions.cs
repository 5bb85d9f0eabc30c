namespace Bot.Embeddings.Onnx;

/// <summary>
/// Section "Ai:Embeddings": a sentence-embedding model exported to ONNX and its tokenizer file.
/// The defaults suit a mean-pooled model without prefixes; set <see cref="Pooling"/> and the
/// prefixes as the model's card says (E5: mean, "query: ", "passage: ").
/// </summary>
public sealed class OnnxEmbeddingOptions
{
    public const string SectionName = "Ai:Embeddings";

    /// <summary>The tokenizer files looked for beside the model, in this order.</summary>
    private static readonly string[] TokenizerFileNames = ["vocab.txt", "sentencepiece.bpe.model", "tokenizer.model"];

    /// <summary>The model file (<c>model.onnx</c>): inputs <c>input_ids</c>, <c>attention_mask</c> and optionally <c>token_type_ids</c>; first output the token vectors [batch, tokens, dims] or a pooled [batch, dims].</summary>
    public string? OnnxModelPath { get; set; }

    /// <summary>The tokenizer: a WordPiece <c>vocab.txt</c> (BERT family) or a SentencePiece <c>.model</c> (XLM-RoBERTa family, as E5-multilingual). Empty: the one of those beside the model.</summary>
    public string? VocabPath { get; set; }

    public EmbeddingPooling Pooling { get; set; } = EmbeddingPooling.Mean;

    /// <summary>Put before every question ("query: " for E5).</summary>
    public string QueryPrefix { get; set; } = "";

    /// <summary>Put before every passage ("passage: " for E5).</summary>
    public string PassagePrefix { get; set; } = "";

    /// <summary>Lower-case text before WordPiece (uncased vocabularies); SentencePiece models keep case.</summary>
    public bool LowerCase { get; set; } = true;

    /// <summary>Tokens per text, special tokens included; longer texts are cut (BERT models take 512 at most).</summary>
    public int MaxTokens { get; set; } = 256;

    /// <summary>Texts run through the model at once.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>Threads ONNX Runtime uses for one batch; 0 = one per core.</summary>
    public int Threads { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(OnnxModelPath);

    /// <summary>The tokenizer file: <see cref="VocabPath"/>, else vocab.txt, sentencepiece.bpe.model or tokenizer.model beside the model.</summary>
    public string? ResolveVocabPath()
    {
        if (!string.IsNullOrWhiteSpace(VocabPath))
        {
            return VocabPath;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(OnnxModelPath ?? "."));
        return folder is null
            ? null
            : TokenizerFileNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
    }

    /// <summary>What is wrong with the settings, each naming its key; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!IsConfigured)
        {
            return problems;
        }

        if (!File.Exists(OnnxModelPath))
        {
            problems.Add($"Ai:Embeddings:OnnxModelPath: no file at '{OnnxModelPath}'.");
        }

        var vocab = ResolveVocabPath();
        if (vocab is null)
        {
            problems.Add("Ai:Embeddings:VocabPath: not set, and no vocab.txt, sentencepiece.bpe.model or tokenizer.model beside the model.");
        }
        else if (!File.Exists(vocab))
        {
            problems.Add($"Ai:Embeddings:VocabPath: no file at '{vocab}'.");
        }

        if (MaxTokens is < 8 or > 8192)
        {
            problems.Add($"Ai:Embeddings:MaxTokens must be between 8 and 8192, not {MaxTokens}.");
        }

        if (BatchSize is < 1 or > 1024)
        {
            problems.Add($"Ai:Embeddings:BatchSize must be between 1 and 1024, not {BatchSize}.");
        }

        if (Threads is < 0 or > 256)
        {
            problems.Add($"Ai:Embeddings:Threads must be between 0 and 256, not {Threads}.");
        }

        return problems;
    }
}
