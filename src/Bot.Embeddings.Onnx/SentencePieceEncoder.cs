using Microsoft.ML.Tokenizers;

namespace Bot.Embeddings.Onnx;

/// <summary>
/// XLM-RoBERTa's SentencePiece from a <c>.model</c> file, with the ids the Hugging Face models
/// use: the fairseq layout puts &lt;s&gt;=0, &lt;pad&gt;=1, &lt;/s&gt;=2, &lt;unk&gt;=3 first, so
/// every SentencePiece id moves up by one and SentencePiece's unknown becomes 3.
/// </summary>
internal sealed class SentencePieceEncoder : ITokenEncoder
{
    internal const int BeginId = 0;
    internal const int PadId = 1;
    internal const int EndId = 2;
    internal const int UnknownId = 3;

    /// <summary>How far SentencePiece ids sit from the model's (fairseq's offset).</summary>
    internal const int Offset = 1;

    private readonly SentencePieceTokenizer _tokenizer;

    public SentencePieceEncoder(string modelPath)
    {
        using var stream = File.OpenRead(modelPath);
        _tokenizer = SentencePieceTokenizer.Create(stream, false, false);
    }

    internal SentencePieceEncoder(SentencePieceTokenizer tokenizer) => _tokenizer = tokenizer;

    public int PaddingId => PadId;

    public IReadOnlyList<int> Encode(string text, int maxTokens)
    {
        var pieces = _tokenizer.EncodeToIds(text, addBeginningOfSentence: false, addEndOfSentence: false, Math.Max(1, maxTokens - 2), out _, out _);
        var ids = new List<int>(pieces.Count + 2) { BeginId };
        foreach (var id in pieces)
        {
            ids.Add(id == _tokenizer.UnknownId ? UnknownId : id + Offset);
        }

        ids.Add(EndId);
        return ids;
    }
}
