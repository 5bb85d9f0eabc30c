using Bot.Telegram.Api.Requests;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Bot.Telegram.Api;

/// <summary>
/// The one place where failed Bot API requests are repeated: 429 waits exactly
/// <c>retry_after</c>; network errors and 5xx back off exponentially with jitter, without limit,
/// until the caller's token is cancelled. Everything else (400, 401, 403, 409) is the caller's
/// to handle. Cosmetic methods (typing indicator, command menu) get one attempt: a missed
/// indicator is not worth delaying an answer.
/// </summary>
public sealed class RetryingTelegramBotClient : ITelegramBotClient
{
    private readonly ITelegramBotClient inner;
    private readonly ResiliencePipeline pipeline;

    public RetryingTelegramBotClient(ITelegramBotClient inner, TimeSpan baseDelay, TimeSpan maxDelay, ILogger<RetryingTelegramBotClient> logger, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(logger);
        this.inner = inner;
        pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider ?? TimeProvider.System }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<TelegramTransportException>()
                    .Handle<TelegramApiException>(e => e.IsTransient),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay,
                MaxDelay = maxDelay > baseDelay ? maxDelay : baseDelay,
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is TelegramApiException { RetryAfter: { } seconds }
                        ? TimeSpan.FromSeconds(seconds)
                        : (TimeSpan?)null),
                OnRetry = args =>
                {
                    switch (args.Outcome.Exception)
                    {
                        case TelegramApiException { RetryAfter: { } seconds } api:
                            Log.FloodWait(logger, api.Method, seconds, args.AttemptNumber + 1);
                            break;
                        case { } ex:
                            Log.RequestRetrying(logger, MethodOf(ex), ex.Message, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                            break;
                    }

                    return default;
                },
            })
            .Build();
    }

    public Task<TResponse> SendRequestAsync<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request is SendChatActionRequest or SetMyCommandsRequest)
        {
            return inner.SendRequestAsync(request, cancellationToken);
        }

        return pipeline.ExecuteAsync(
            static (state, ct) => new ValueTask<TResponse>(state.inner.SendRequestAsync(state.request, ct)),
            (inner, request),
            cancellationToken).AsTask();
    }

    private static string MethodOf(Exception ex) => ex switch
    {
        TelegramApiException api => api.Method,
        TelegramTransportException transport => transport.Method,
        _ => "request",
    };
}
