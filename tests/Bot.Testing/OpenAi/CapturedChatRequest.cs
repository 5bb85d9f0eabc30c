namespace Bot.Testing.OpenAi;

/// <summary>A chat-completions request as the server received it.</summary>
public sealed record CapturedChatRequest(
    string Model,
    bool Stream,
    IReadOnlyList<CapturedMessage> Messages,
    double? Temperature,
    int? MaxTokens,
    string? Authorization,
    string Body)
{
    /// <summary>The field that carried the output limit: <c>max_completion_tokens</c>, <c>max_tokens</c>, or null.</summary>
    public string? MaxTokensField { get; init; }

    /// <summary>Names of the tools (functions) offered to the model.</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    /// <summary>All message texts, for "does the prompt contain…" checks.</summary>
    public string AllText => string.Join("\n", Messages.Select(m => m.Content));

    public string? System => Messages.FirstOrDefault(m => m.Role == "system")?.Content;

    public string? LastUser => Messages.LastOrDefault(m => m.Role == "user")?.Content;
}
