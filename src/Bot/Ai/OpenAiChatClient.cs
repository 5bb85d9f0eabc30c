using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiFinishReason = Microsoft.Extensions.AI.ChatFinishReason;
using OpenAiChatMessage = OpenAI.Chat.ChatMessage;
using OpenAiFinishReason = OpenAI.Chat.ChatFinishReason;

namespace Bot.Ai;

/// <summary>
/// <see cref="IChatClient"/> over the OpenAI package's <see cref="ChatClient"/>: any server that
/// speaks the chat-completions API (OpenAI, Azure OpenAI v1, Ollama, llama.cpp, vLLM, LM Studio).
/// Text only: the bot sends no tools or images.
/// </summary>
internal sealed class OpenAiChatClient : IChatClient
{
    private readonly ChatClient _client;
    private readonly ChatClientMetadata _metadata;

    public OpenAiChatClient(OpenAIClient client, string model, Uri? endpoint)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client.GetChatClient(model);
        _metadata = new ChatClientMetadata("openai", endpoint, model);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = await _client.CompleteChatAsync(ToOpenAi(messages), ToOpenAi(options), cancellationToken).ConfigureAwait(false);
        var completion = result.Value;
        var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        return new ChatResponse(new AiChatMessage(ChatRole.Assistant, text))
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = completion.CreatedAt,
            FinishReason = ToAi(completion.FinishReason),
            Usage = completion.Usage is { } usage
                ? new UsageDetails { InputTokenCount = usage.InputTokenCount, OutputTokenCount = usage.OutputTokenCount, TotalTokenCount = usage.TotalTokenCount }
                : null,
            RawRepresentation = completion,
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AiChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var updates = _client.CompleteChatStreamingAsync(ToOpenAi(messages), ToOpenAi(options), cancellationToken);
        await foreach (var update in updates.ConfigureAwait(false))
        {
            var text = string.Concat(update.ContentUpdate.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
            yield return new ChatResponseUpdate(ChatRole.Assistant, text)
            {
                ResponseId = update.CompletionId,
                ModelId = update.Model,
                CreatedAt = update.CreatedAt,
                FinishReason = update.FinishReason is { } reason ? ToAi(reason) : null,
                RawRepresentation = update,
            };
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType == typeof(ChatClient) ? _client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The OpenAI client owns no disposable resources of its own.
    }

    private static List<OpenAiChatMessage> ToOpenAi(IEnumerable<AiChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var converted = new List<OpenAiChatMessage>();
        foreach (var message in messages)
        {
            converted.Add(message.Role == ChatRole.System ? new SystemChatMessage(message.Text)
                : message.Role == ChatRole.User ? new UserChatMessage(message.Text)
                : message.Role == ChatRole.Assistant ? new AssistantChatMessage(message.Text)
                : throw new NotSupportedException($"Chat role '{message.Role}' is not supported."));
        }

        return converted;
    }

    private static ChatCompletionOptions ToOpenAi(ChatOptions? options)
    {
        var converted = new ChatCompletionOptions();
        if (options is null)
        {
            return converted;
        }

        converted.Temperature = options.Temperature;
        converted.TopP = options.TopP;
        converted.MaxOutputTokenCount = options.MaxOutputTokens;
        converted.FrequencyPenalty = options.FrequencyPenalty;
        converted.PresencePenalty = options.PresencePenalty;
        foreach (var stop in options.StopSequences ?? [])
        {
            converted.StopSequences.Add(stop);
        }

        return converted;
    }

    private static AiFinishReason ToAi(OpenAiFinishReason reason) => reason switch
    {
        OpenAiFinishReason.Length => AiFinishReason.Length,
        OpenAiFinishReason.ContentFilter => AiFinishReason.ContentFilter,
        OpenAiFinishReason.ToolCalls or OpenAiFinishReason.FunctionCall => AiFinishReason.ToolCalls,
        _ => AiFinishReason.Stop,
    };
}
