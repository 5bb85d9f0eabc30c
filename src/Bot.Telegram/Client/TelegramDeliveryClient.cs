using System.Globalization;
using System.Net;
using Bot.Telegram.Hosting;
using Bot.Telegram.Metrics;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;

namespace Bot.Telegram.Client;

/// <summary>
/// Telegram.Bot's client with the bot's one retry policy at its one seam, <see cref="SendRequest{TResponse}"/>.
/// The library's own 429 retry is switched off (RetryThreshold 0) so that no request is repeated
/// behind the policy's back. Each attempt gets Telegram:RequestTimeout (plus a long poll's timeout);
/// failures that prove nothing happened are retried with backoff (429 waits exactly retry_after), at
/// most Telegram:MaxAttempts times and within Telegram:RetryBudget in all; a sendMessage that may
/// have been carried out throws <see cref="DeliveryUnconfirmedException"/> and is never repeated.
/// </summary>
internal sealed class TelegramDeliveryClient : TelegramBotClient
{
    private readonly TelegramOptions settings;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly TelegramMetrics? metrics;

    public TelegramDeliveryClient(TelegramOptions settings, HttpClient http, TimeProvider time, ILogger<TelegramDeliveryClient> logger, TelegramMetrics? metrics = null)
        : base(LibraryOptions(settings), http)
    {
        this.settings = settings;
        this.time = time;
        this.logger = logger;
        this.metrics = metrics;
    }

    /// <summary>Token and server for Telegram.Bot; its built-in retry off, since this client's policy is the only one.</summary>
    public static TelegramBotClientOptions LibraryOptions(TelegramOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var server = settings.ApiBaseUrl.GetLeftPart(UriPartial.Authority);
        var isDefault = string.Equals(server, TelegramOptions.DefaultApiBaseUrl, StringComparison.OrdinalIgnoreCase);
        return new TelegramBotClientOptions(settings.BotToken, isDefault ? null : server)
        {
            RetryThreshold = 0,
            RetryCount = 1,
        };
    }

    public override async Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.MethodName;
        var kind = RequestKinds.Of(method);
        var single = kind is RequestKind.Cosmetic or RequestKind.Polling;
        var longPoll = request is ILongPollRequest poll ? poll.LongPoll : TimeSpan.Zero;
        var beforeBody = kind == RequestKind.Posting ? PostingScope.Capture() : null;
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var remaining = single ? TimeSpan.MaxValue : settings.RetryBudget - time.GetElapsedTime(started);
            var limit = Min(settings.RequestTimeout + longPoll, remaining);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            var probe = DeliveryProbe.Begin(waitForContinue: kind == RequestKind.Posting, beforeBody);
            Exception failure;
            try
            {
                var result = await base.SendRequest(request, timeout.Token).ConfigureAwait(false);
                if (Incomplete(result) is not { } missing)
                {
                    return result;
                }

                failure = new RequestException($"Telegram {method} answered without {missing}", HttpStatusCode.OK);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                if (kind == RequestKind.Posting && probe.BodySent)
                {
                    throw Unconfirmed(method, "stopped while waiting for the answer", null);
                }

                throw;
            }
            catch (OperationCanceledException e)
            {
                failure = new RequestException(string.Create(CultureInfo.InvariantCulture, $"Telegram {method} got no answer within {limit.TotalSeconds:0.#} s"), e);
            }
            catch (RequestException e)
            {
                failure = e;
            }

            metrics?.CountApiError(method, failure is ApiRequestException api ? api.ErrorCode : (int?)(failure as RequestException)?.HttpStatusCode);
            var decision = RetryJudge.Judge(kind, failure, probe.BodySent);
            if (decision == RetryDecision.Unconfirmed)
            {
                throw Unconfirmed(method, failure.Message, failure);
            }

            var delay = DelayBefore(attempt + 1, failure);
            if (decision == RetryDecision.GiveUp || single || attempt >= settings.MaxAttempts
                || time.GetElapsedTime(started) + delay >= settings.RetryBudget)
            {
                throw failure;
            }

            metrics?.CountRetry(method);
            if (failure is ApiRequestException { ErrorCode: 429 })
            {
                Log.FloodWait(logger, method, delay.TotalSeconds, attempt + 1);
            }
            else
            {
                Log.RequestRetrying(logger, method, failure.Message, attempt + 1, delay.TotalMilliseconds);
            }

            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>429 waits exactly Telegram's retry_after; anything else backs off exponentially with ±20 % jitter.</summary>
    private TimeSpan DelayBefore(int attempt, Exception failure)
    {
        if (failure is ApiRequestException { Parameters.RetryAfter: { } seconds })
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return Backoff.Delay(attempt - 1, settings.RetryBaseDelay, settings.RetryMaxDelay);
    }

    /// <summary>The field a result must have to be used, when it lacks it; null when complete.</summary>
    private static string? Incomplete<TResponse>(TResponse result) => result switch
    {
        Message { Id: <= 0 } => "message_id",
        Message { Chat: null or { Id: 0 } } => "chat",
        User { Id: <= 0 } => "the bot's id",
        _ => null,
    };

    private DeliveryUnconfirmedException Unconfirmed(string method, string reason, Exception? failure)
    {
        Log.DeliveryUnconfirmed(logger, method, reason);
        return new DeliveryUnconfirmedException(method, reason, failure);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
