using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Bot.Core.ChatModels;

/// <summary>
/// Bounds how long the model may take: the whole reply, or for a streamed reply the wait for
/// each next piece. Exceeding it raises <see cref="TimeoutException"/>, which callers can tell
/// apart from their own cancellation.
/// </summary>
internal sealed class TimeoutChatClient : DelegatingChatClient
{
    private readonly TimeSpan _timeout;

    public TimeoutChatClient(IChatClient innerClient, TimeSpan timeout)
        : base(innerClient)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _timeout = timeout;
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            return await base.GetResponseAsync(messages, options, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(ex);
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        var updates = base.GetStreamingResponseAsync(messages, options, deadline.Token).GetAsyncEnumerator(deadline.Token);
        await using (updates.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw TimedOut(ex);
                }

                deadline.CancelAfter(_timeout);
                yield return updates.Current;
            }
        }
    }

    private TimeoutException TimedOut(Exception inner)
        => new(string.Create(CultureInfo.InvariantCulture, $"The chat model did not answer within {_timeout.TotalSeconds:0.###} s."), inner);
}
