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
    /// <summary>All message texts, for "does the prompt contain…" checks.</summary>
    public string AllText => string.Join("\n", Messages.Select(m => m.Content));

    public string? System => Messages.FirstOrDefault(m => m.Role == "system")?.Content;

    public string? LastUser => Messages.LastOrDefault(m => m.Role == "user")?.Content;
}
