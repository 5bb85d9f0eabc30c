namespace Bot.Embeddings.Onnx;

/// <summary>Text to the token ids a model was trained on, with its special tokens, cut to a length.</summary>
internal interface ITokenEncoder
{
    /// <summary>The id that fills a short text's row in a batch.</summary>
    int PaddingId { get; }

    IReadOnlyList<int> Encode(string text, int maxTokens);
}
