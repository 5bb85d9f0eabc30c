using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Answers.Grounded;

/// <summary>Logs each model request's duration and outcome at debug, and the messages at trace only.</summary>
internal sealed class LoggingChatClient : DelegatingChatClient
{
    private readonly ILogger _logger;
    private readonly string _model;

    public LoggingChatClient(IChatClient innerClient, ILogger logger)
        : base(innerClient)
    {
        _logger = logger;
        _model = innerClient.GetService<ChatClientMetadata>()?.DefaultModelId ?? "chat model";
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        LogMessages(list);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
            LogFinished(started);
            return response;
        }
        catch (Exception ex)
        {
            LogFailed(started, ex);
            throw;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        LogMessages(list);
        var started = Stopwatch.GetTimestamp();
        var updates = base.GetStreamingResponseAsync(list, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
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
                catch (Exception ex)
                {
                    LogFailed(started, ex);
                    throw;
                }

                yield return updates.Current;
            }
        }

        LogFinished(started);
    }

    private void LogFinished(long started)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            ChatModelLog.ChatRequestFinished(_logger, _model, elapsed);
        }
    }

    private void LogFailed(long started, Exception ex)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var error = ex.GetType().Name;
            ChatModelLog.ChatRequestFailed(_logger, _model, elapsed, error);
        }
    }

    private void LogMessages(IReadOnlyCollection<ChatMessage> messages)
    {
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            var shown = string.Join("\n---\n", messages.Select(m => $"{m.Role}: {m.Text}"));
            ChatModelLog.ChatRequestMessages(_logger, shown);
        }
    }
}
