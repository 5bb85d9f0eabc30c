namespace Bot.Testing.OpenAi;

/// <summary>A scripted reply in which the model calls a tool (function) instead of answering.</summary>
public sealed record ToolCallReply(string Name, string ArgumentsJson)
{
    public string Id { get; init; } = "call_" + Guid.NewGuid().ToString("N")[..24];
}
