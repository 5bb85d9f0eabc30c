using Microsoft.Extensions.AI;
using OpenAI.Chat;

namespace Bot.Ai;

/// <summary>
/// Sends the output limit as <c>max_tokens</c> instead of <c>max_completion_tokens</c>, the only
/// field the OpenAI client writes, for servers that ignore the newer one (Ollama, llama.cpp).
/// </summary>
internal sealed class MaxTokensChatClient(IChatClient innerClient) : DelegatingChatClient(innerClient)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        => base.GetResponseAsync(messages, WithMaxTokens(options), cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        => base.GetStreamingResponseAsync(messages, WithMaxTokens(options), cancellationToken);

    private static ChatOptions? WithMaxTokens(ChatOptions? options)
    {
        if (options?.MaxOutputTokens is not { } limit)
        {
            return options;
        }

        var moved = options.Clone();
        moved.MaxOutputTokens = null;
        var raw = options.RawRepresentationFactory;
        moved.RawRepresentationFactory = client =>
        {
            var completion = raw?.Invoke(client) as ChatCompletionOptions ?? new ChatCompletionOptions();
#pragma warning disable SCME0001 // JsonPatch is the OpenAI client's documented way to send a field it does not model.
            completion.Patch.Set("$.max_tokens"u8, limit);
#pragma warning restore SCME0001
            return completion;
        };
        return moved;
    }
}
