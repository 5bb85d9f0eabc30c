namespace Bot.Testing.OpenAi;

/// <summary>An embeddings request as the server received it.</summary>
public sealed record CapturedEmbeddingRequest(string Model, IReadOnlyList<string> Inputs, string EncodingFormat);
