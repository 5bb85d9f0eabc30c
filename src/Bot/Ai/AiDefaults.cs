namespace Bot.Ai;

/// <summary>Defaults of the "Ai" section, in one place.</summary>
internal static class AiDefaults
{
    /// <summary>A local model on CPU can take tens of seconds for a three-sentence answer; longer than this is an outage.</summary>
    public const int TimeoutSeconds = 60;

    /// <summary>One retry rides out a blip; more would keep the user waiting when the extractive answer is ready.</summary>
    public const int MaxRetries = 1;

    /// <summary>Texts per embeddings request: within every OpenAI-compatible server's limit we know of (llama.cpp's default batch is the tightest).</summary>
    public const int EmbeddingBatchSize = 64;

    /// <summary>Model round trips of one answer when it may call articles.search: the first, up to two searches, the answer.</summary>
    public const int MaxToolRounds = 3;

    /// <summary>Prompt folder at the repository root.</summary>
    public const string PromptsPath = "prompts";

    /// <summary>Embedding cache folder, next to the state database.</summary>
    public const string EmbeddingCachePath = "state/embeddings";

    /// <summary>Configuration key of the digest language ("id", "en", empty: the articles'), validated with the digest options.</summary>
    public const string DigestLanguageKey = "Digest:Language";

    /// <summary>Rows kept in conversation_turns over all chats; the oldest go first.</summary>
    public const int MaxStoredTurns = 50_000;

    /// <summary>Ai:TokenLimitParameter: choose the field from the endpoint.</summary>
    public const string TokenLimitAuto = "auto";

    /// <summary>Ai:TokenLimitParameter: the field every OpenAI-compatible server reads.</summary>
    public const string TokenLimitMaxTokens = "max_tokens";

    /// <summary>Ai:TokenLimitParameter: OpenAI's current field.</summary>
    public const string TokenLimitMaxCompletionTokens = "max_completion_tokens";

    /// <summary>API key sent to servers that need none (Ollama, llama.cpp): the OpenAI client requires a non-empty one.</summary>
    public const string NoApiKey = "no-key";
}
