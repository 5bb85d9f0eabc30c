using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Bot.Core.ChatModels;

/// <summary>
/// The model's side of falling back to the extractive engine. Every fault of the model — an HTTP
/// error, a refused or dropped connection, a timeout, an unreadable reply, a reply with no text —
/// becomes one <see cref="ChatModelUnavailableException"/>, so that answers, follow-ups and
/// summaries each fall back the same way. One warning per outage: the first fault warns, later
/// ones log at debug until the model answers again. The caller's own cancellation passes through.
/// </summary>
internal sealed class FallbackChatClient : DelegatingChatClient
{
    /// <summary>Longest reason shown in a log line; a server's HTML error page is not a reason.</summary>
    private const int MaxReasonLength = 200;

    private readonly ILogger _logger;
    private int _inOutage;

    public FallbackChatClient(IChatClient innerClient, ILogger logger)
        : base(innerClient)
    {
        _logger = logger;
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsFault(ex, cancellationToken))
        {
            throw Unavailable(ex);
        }

        if (string.IsNullOrWhiteSpace(response.Text))
        {
            throw Unavailable(new InvalidDataException("The chat model replied with no text."));
        }

        MarkAvailable();
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var wroteText = false;
        var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (updates.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex) when (IsFault(ex, cancellationToken))
                {
                    throw Unavailable(ex);
                }

                wroteText |= !string.IsNullOrWhiteSpace(updates.Current.Text);
                yield return updates.Current;
            }
        }

        if (!wroteText)
        {
            throw Unavailable(new InvalidDataException("The chat model replied with no text."));
        }

        MarkAvailable();
    }

    /// <summary>Everything but the caller's own cancellation is a fault of the model.</summary>
    private static bool IsFault(Exception ex, CancellationToken cancellationToken)
        => ex is not ChatModelUnavailableException && (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested);

    private ChatModelUnavailableException Unavailable(Exception ex)
    {
        var reason = Describe(ex);
        if (Interlocked.Exchange(ref _inOutage, 1) == 0)
        {
            ChatClientLog.ChatModelUnavailable(_logger, reason);
        }
        else
        {
            ChatClientLog.ChatModelStillUnavailable(_logger, reason);
        }

        return new ChatModelUnavailableException(reason, ex);
    }

    private void MarkAvailable()
    {
        if (Interlocked.Exchange(ref _inOutage, 0) == 1)
        {
            ChatClientLog.ChatModelRecovered(_logger);
        }
    }

    /// <summary>A one-line reason: the exception type and the first line of its message, never a stack trace.</summary>
    private static string Describe(Exception ex)
    {
        var message = ex.Message;
        var newline = message.IndexOfAny(['\r', '\n']);
        if (newline >= 0)
        {
            message = message[..newline];
        }

        if (message.Length > MaxReasonLength)
        {
            message = message[..MaxReasonLength] + "…";
        }

        return ex.GetType().Name + ": " + message;
    }
}
