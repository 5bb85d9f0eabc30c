namespace Bot.Embeddings.Onnx;

/// <summary>How a model's token vectors become one sentence vector; each model is trained for one of them.</summary>
public enum EmbeddingPooling
{
    /// <summary>The mean of the token vectors under the attention mask (sentence-transformers, E5, MiniLM).</summary>
    Mean,

    /// <summary>The first token's vector, [CLS] (Arctic Embed, BGE).</summary>
    Cls,
}
