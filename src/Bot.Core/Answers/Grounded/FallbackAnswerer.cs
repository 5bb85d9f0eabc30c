using System.Runtime.CompilerServices;
using Bot.Core.Answering.Contracts;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Answers.Grounded;

/// <summary>
/// Answers with the primary (model) answerer and, when it fails — timeout, HTTP error, refused
/// connection, unusable reply — with the fallback (extractive) one. One warning per outage: the
/// first failure warns, later ones log at debug until an answer succeeds again.
/// </summary>
internal sealed class FallbackAnswerer : IStreamingAnswerer
{
    private readonly IAnswerer _primary;
    private readonly IAnswerer _fallback;
    private readonly ILogger _logger;
    private int _inOutage;

    public FallbackAnswerer(IAnswerer primary, IAnswerer fallback, ILogger logger)
    {
        _primary = primary;
        _fallback = fallback;
        _logger = logger;
    }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await _primary.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
            MarkAvailable();
            return answer;
        }
        catch (Exception ex) when (IsFault(ex, cancellationToken))
        {
            MarkUnavailable(ex);
        }

        return await _fallback.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<AnswerUpdate> AnswerStreamingAsync(
        AnswerRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var updates = _primary.AnswerStreamingAsync(request, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (updates.ConfigureAwait(false))
        {
            while (true)
            {
                AnswerUpdate? update = null;
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    update = updates.Current;
                }
                catch (Exception ex) when (IsFault(ex, cancellationToken))
                {
                    MarkUnavailable(ex);
                }

                if (update is null)
                {
                    var fallback = await _fallback.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
                    yield return new AnswerUpdate(fallback.Text, fallback);
                    yield break;
                }

                if (update.IsFinal)
                {
                    MarkAvailable();
                }

                yield return update;
            }
        }
    }

    /// <summary>Everything but the caller's own cancellation is a fault of the model path.</summary>
    private static bool IsFault(Exception ex, CancellationToken cancellationToken)
        => ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested;

    private void MarkUnavailable(Exception ex)
    {
        var reason = Describe(ex);
        if (Interlocked.Exchange(ref _inOutage, 1) == 0)
        {
            ChatModelLog.ChatModelUnavailable(_logger, reason);
        }
        else
        {
            ChatModelLog.ChatModelStillUnavailable(_logger, reason);
        }
    }

    private void MarkAvailable()
    {
        if (Interlocked.Exchange(ref _inOutage, 0) == 1)
        {
            ChatModelLog.ChatModelRecovered(_logger);
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

        const int MaxReasonLength = 200;
        if (message.Length > MaxReasonLength)
        {
            message = message[..MaxReasonLength] + "…";
        }

        return ex.GetType().Name + ": " + message;
    }
}
