using System.ComponentModel.DataAnnotations;

namespace Bot.Ai;

/// <summary>
/// Section "Ai": an OpenAI-compatible endpoint and the models to use. No <see cref="ChatModel"/>
/// means the embedded extractive answerer alone.
/// </summary>
internal sealed class AiOptions : IValidatableObject
{
    public const string SectionName = "Ai";

    /// <summary>Base URL of the API including its version path, e.g. http://localhost:11434/v1; empty means api.openai.com.</summary>
    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public string? ChatModel { get; set; }

    public string? EmbeddingModel { get; set; }

    /// <summary>
    /// Offer the model the <c>articles.search</c> tool so that it can search again (needs a model with
    /// tool calling: servers reject requests with tools for models without it). Off by default.
    /// </summary>
    public bool ArticleSearchTool { get; set; }

    public int TimeoutSeconds { get; set; } = AiDefaults.TimeoutSeconds;

    public int MaxRetries { get; set; } = AiDefaults.MaxRetries;

    public int EmbeddingBatchSize { get; set; } = AiDefaults.EmbeddingBatchSize;

    /// <summary>
    /// The request field that carries a prompt's max_tokens: <c>max_completion_tokens</c> (OpenAI's
    /// current field; its reasoning models reject the other), <c>max_tokens</c> (what Ollama and
    /// llama.cpp read: they ignore the newer field silently), or <c>auto</c>: the first for
    /// api.openai.com and Azure OpenAI, the second for every other endpoint.
    /// </summary>
    public string TokenLimitParameter { get; set; } = AiDefaults.TokenLimitAuto;

    /// <summary>Folder of the prompt files, relative to the content root.</summary>
    public string PromptsPath { get; set; } = AiDefaults.PromptsPath;

    /// <summary>Folder of the embedding cache, relative to the content root.</summary>
    public string EmbeddingCachePath { get; set; } = AiDefaults.EmbeddingCachePath;

    /// <summary>Set by the composition root when an <c>IChatClient</c> was registered before AddChatModel: no OpenAI client is needed for chat.</summary>
    internal bool UsesCustomChatClient { get; set; }

    public bool UsesChatModel => !string.IsNullOrWhiteSpace(ChatModel);

    public bool UsesEmbeddingModel => !string.IsNullOrWhiteSpace(EmbeddingModel);

    /// <summary>Whether requests carry <c>max_tokens</c> rather than <c>max_completion_tokens</c>.</summary>
    public bool SendsMaxTokens => TokenLimitParameter switch
    {
        AiDefaults.TokenLimitMaxTokens => true,
        AiDefaults.TokenLimitMaxCompletionTokens => false,

        // Only OpenAI's own services are known to want the newer field; every compatible server reads max_tokens.
        _ => !string.IsNullOrWhiteSpace(Endpoint)
            && Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri)
            && !uri.Host.Equals("api.openai.com", StringComparison.OrdinalIgnoreCase)
            && !uri.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Endpoint)
            && (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult(
                $"Ai:Endpoint must be an absolute http(s) URL such as http://localhost:11434/v1, not '{Endpoint}'.",
                [nameof(Endpoint)]);
        }

        if (((UsesChatModel && !UsesCustomChatClient) || UsesEmbeddingModel) && string.IsNullOrWhiteSpace(Endpoint) && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult(
                "Ai:ApiKey is required when Ai:Endpoint is not set (the default endpoint is api.openai.com); for a local server set Ai:Endpoint.",
                [nameof(ApiKey)]);
        }

        foreach (var (key, value, min, max) in new[]
        {
            ("Ai:TimeoutSeconds", TimeoutSeconds, 1, 600),
            ("Ai:MaxRetries", MaxRetries, 0, 5),
            ("Ai:EmbeddingBatchSize", EmbeddingBatchSize, 1, 2048),
        })
        {
            if (value < min || value > max)
            {
                yield return new ValidationResult($"{key} must be between {min} and {max}, not {value}.", [key[3..]]);
            }
        }

        if (TokenLimitParameter is not (AiDefaults.TokenLimitAuto or AiDefaults.TokenLimitMaxTokens or AiDefaults.TokenLimitMaxCompletionTokens))
        {
            yield return new ValidationResult(
                $"Ai:TokenLimitParameter must be {AiDefaults.TokenLimitAuto}, {AiDefaults.TokenLimitMaxTokens} or {AiDefaults.TokenLimitMaxCompletionTokens}, not '{TokenLimitParameter}'.",
                [nameof(TokenLimitParameter)]);
        }

        if (string.IsNullOrWhiteSpace(PromptsPath))
        {
            yield return new ValidationResult("Ai:PromptsPath must name the prompt folder.", [nameof(PromptsPath)]);
        }
    }
}
