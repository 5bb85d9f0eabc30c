using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Bot.Core.Tests.Answers.Grounded;

/// <summary>A chat client that fails the way a broken endpoint does: with the given exception, or by never answering.</summary>
internal sealed class FailingChatClient : IChatClient
{
    private readonly Func<Exception>? _failure;

    public FailingChatClient(Func<Exception>? failure) => _failure = failure;

    /// <summary>A model that never answers until cancelled.</summary>
    public static FailingChatClient Hanging() => new(null);

    public int Calls { get; private set; }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        if (_failure is not null)
        {
            throw _failure();
        }

        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Calls++;
        yield return new ChatResponseUpdate(ChatRole.Assistant, "Austin");
        if (_failure is not null)
        {
            throw _failure();
        }

        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
